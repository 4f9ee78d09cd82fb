// End of care: the physio discharges the patient with a note for them. The plan is archived on
// that day: it stays readable (both people, both data exports) but nothing changes it any more,
// and it leaves the physio's active dashboard.
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { appendAudit, insertPlanEvent } from "@/lib/server/plan/queries";
import { plans } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { assertOpen, stateOf } from "./load-plan";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";
import { syncPlanSummary } from "./sync-plan-summary";

const DischargeInput = z.object({ note: Note.min(1), confirm: z.literal(true) });

const unconfirmed = (error: z.ZodError) =>
  error.issues.some((i) => i.path[0] === "confirm")
    ? new AppError("INVALID_INPUT", "control.errors.confirmDischarge", { field: "confirm" })
    : undefined;

export async function dischargePlan(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<void> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, DischargeInput, {
    check: assertOpen,
    explain: unconfirmed,
  });
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
