// End of care: the physio discharges the patient with a note for them. The plan is archived on
// that day: it stays readable (both people, both data exports) but nothing changes it any more,
// and it leaves the physio's active dashboard.
import "server-only";
import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { appendAudit, insertPlanEvent } from "@/lib/server/plan/queries";
import { plans } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { assertOpen, stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { DischargeInput } from "@/lib/forms/schemas/plan-control";
import { syncPlanSummary } from "@/lib/server/plan/sync-plan-summary";

// The input is the discharge form's parsed value (DischargeSchema: a note, the box ticked).
export async function dischargePlan(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<DischargeInput>,
): Promise<void> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params, { check: assertOpen });
  // The form's schema already asks for the tick; a caller of the service gets the same refusal.
  if (!input.confirm) throw new AppError("INVALID_INPUT", "control.errors.confirmDischarge", { field: "confirm" });
  const { note } = input;
  const state = stateOf(plan, today);
  await db.transaction(async (tx) => {
    await insertPlanEvent(tx, {
      planId: plan.row.id,
      date: today,
      kind: "discharge",
      payload: { by: "physio", note },
      actorId: caller.id,
    });
    await tx.update(plans).set({ dischargedOn: today, updatedAt: new Date() }).where(eq(plans.id, plan.row.id));
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: "plan.discharge",
      detail: { phase: state.phase, note },
    });
  });
  await syncPlanSummary(db, { id: plan.row.id, intake: plan.intake, checkIns: plan.checkIns }, state);
}
