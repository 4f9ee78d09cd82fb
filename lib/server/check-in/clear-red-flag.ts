// The physio clears a red flag after seeing the patient (DOMAIN §5): the plan resumes, one level
// lower in phase 4. The clinical finding is required and goes to the physio's file only; the message to
// the runner (optional) is the note the runner reads on their plan.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { recordPlanEvent } from "@/lib/server/plan/record-plan-event";
import { stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { ClearanceInput } from "@/lib/forms/schemas/plan-control";

// The input is the clearance form's parsed value (ClearanceSchema).
export async function clearRedFlag(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<ClearanceInput>,
): Promise<PlanState> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params);
  const before = stateOf(plan, today);
  if (before.status !== "paused_red_flag") throw new AppError("CONFLICT", "patient.errors.notPaused");
  const redFlags = before.redFlags.map((r) => r.key);
  return recordPlanEvent(
    db,
    caller,
    plan,
    { kind: "clearance", date: today, by: "physio", ...(input.note ? { note: input.note } : {}) },
    { redFlags },
    today,
    (after) => after.status !== "paused_red_flag",
    input.finding,
  );
}
