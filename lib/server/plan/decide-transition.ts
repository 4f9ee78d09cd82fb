// The physio approves or declines the transition a patient is waiting for. An approval may carry a note;
// a decline ("not yet") carries the reason the patient sees and a re-check date (default three days later),
// and the pain-free streak keeps counting until then.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { toDay, toIso, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { recordPlanEvent } from "@/lib/server/plan/record-plan-event";
import { stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { DecisionInput } from "@/lib/forms/schemas/plan-control";

/** The furthest re-check a decline may set: a "not yet" is a short look, not a hold of weeks. */
export const MAX_RECHECK_DAYS = 28;
export const DEFAULT_RECHECK_DAYS = 3;

// The input is the decision form's parsed value (DecisionSchema); the re-check's range is checked here,
// against the plan's own today.
export async function decideTransition(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<DecisionInput>,
): Promise<PlanState> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params);
  const { decision, toPhase, note, finding } = input;
  const recheckOn = input.recheckOn ?? toIso(toDay(today) + DEFAULT_RECHECK_DAYS);
  if (decision === "decline" && (recheckOn <= today || toDay(recheckOn) > toDay(today) + MAX_RECHECK_DAYS))
    throw new AppError("INVALID_INPUT", "patient.errors.recheckOn", { field: "recheckOn" });
  const before = stateOf(plan, today);
  // The engine replays a day's events before that day's check-in, so a decision on the day the gate
  // was met (by today's report) would not take effect: recordPlanEvent refuses it (CONFLICT).
  // The decision must be about the transition that is actually pending (a stale page gets a clear answer).
  if (before.status !== "awaiting_approval" || before.pendingTransition !== toPhase)
    throw new AppError("CONFLICT", "patient.errors.notAwaiting");
  const kind = decision === "approve" ? ("approve_transition" as const) : ("decline_transition" as const);
  return recordPlanEvent(
    db,
    caller,
    plan,
    {
      kind,
      date: today,
      by: "physio",
      toPhase,
      ...(note ? { note } : {}),
      ...(decision === "decline" ? { recheckOn } : {}),
    },
    decision === "decline" ? { toPhase, recheckOn } : { toPhase },
    today,
    (after) => !(after.status === "awaiting_approval" && after.pendingTransition === toPhase),
    finding || undefined,
  );
}
