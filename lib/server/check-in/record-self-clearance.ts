// A self-guided runner records that a clinician cleared them after a red flag (DOMAIN §5). With a
// linked physio, only the physio clears (that is the physio's decision, not the runner's).
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { RunnerClearanceInput } from "@/lib/forms/schemas/plan-control";
import { recordPlanEvent } from "@/lib/server/plan/record-plan-event";

// The input is the clearance form's parsed value (RunnerClearanceSchema: the tick, who cleared them).
export async function recordRunnerClearance(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<RunnerClearanceInput>,
) {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params, {
    load: (d, c, id) => loadPlan(d, c, id, (who, row) => who.role === "runner" && row.runnerId === who.id),
    check: (p) => {
      if (p.row.physioId) throw new AppError("FORBIDDEN", "errors.clearanceByPhysio");
    },
  });
  // The form's schema already asks for the tick; a caller of the service gets the same refusal.
  if (!input.confirmed) throw new AppError("INVALID_INPUT", "errors.tickRequired", { field: "confirmed" });
  if (stateOf(plan, today).status !== "paused_red_flag") throw new AppError("CONFLICT", "errors.notPaused");

  const note = input.clinician ? `Cleared by ${input.clinician}` : undefined;
  const event = { kind: "clearance" as const, date: today, by: "runner" as const, ...(note ? { note } : {}) };
  return recordPlanEvent(db, caller, plan, event, { by: "runner" }, today);
}
