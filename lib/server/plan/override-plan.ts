// Clinical control: the physio sets the phase, the level (any level of the ladder) or the return
// date, with a note saying why. An override event the engine replays; audited; the runner sees it.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { recordPlanEvent } from "@/lib/server/plan/record-plan-event";
import { stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { OverrideInput } from "@/lib/forms/schemas/plan-control";

// The input is the override form's parsed value (OverrideSchema); what depends on the plan is checked here.
export async function overridePlan(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<OverrideInput>,
): Promise<PlanState> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params);
  const { note } = input;
  const before = stateOf(plan, today);
  // Only what differs from the plan now is an override; the same phase or level again is no change.
  const phase = input.phase !== undefined && input.phase !== before.phase ? input.phase : undefined;
  const level = input.level !== undefined && input.level !== before.level?.current ? input.level : undefined;
  const backToLevelOn = input.backToLevelOn;
  if (phase === undefined && level === undefined && backToLevelOn === undefined)
    throw new AppError("INVALID_INPUT", "patient.errors.noChange");
  if (backToLevelOn !== undefined && backToLevelOn <= today)
    throw new AppError("INVALID_INPUT", "control.errors.dateInPast", { field: "backToLevelOn" });
  if (level !== undefined) {
    // A level needs phase 4 (now or by this override); the ladder's length is the plan's own.
    const after = stateOf(
      {
        ...plan,
        events: [
          ...plan.events,
          { kind: "override", date: today, by: "physio", ...(phase ? { phase } : {}), backToLevelOn: undefined },
        ],
      },
      today,
    );
    if (!after.level) throw new AppError("INVALID_INPUT", "control.errors.levelNeedsPhase4", { field: "level" });
    if (level > after.level.total)
      throw new AppError("INVALID_INPUT", "control.errors.levelTooHigh", { field: "level", max: after.level.total });
  }
  const event = {
    kind: "override" as const,
    date: today,
    by: "physio" as const,
    note,
    ...(phase !== undefined ? { phase } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(backToLevelOn ? { backToLevelOn } : {}),
  };
  return recordPlanEvent(
    db,
    caller,
    plan,
    event,
    {
      from: { phase: before.phase, level: before.level?.current ?? null },
      phase: phase ?? null,
      level: level ?? null,
      backToLevelOn: backToLevelOn ?? null,
    },
    today,
  );
}
