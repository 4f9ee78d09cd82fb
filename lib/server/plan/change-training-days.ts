// The runner corrects the training days they gave at onboarding. There is no intake-correction event
// in the engine yet (h10b's `intake_correction`), so the days are stored the way onboarding stores
// them: in the plan's intake, with an audit row of the old and new days. The replay then uses the
// new days for the whole plan, past weeks included.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { appendAudit } from "@/lib/server/plan/queries";
import { plans } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { eq } from "drizzle-orm";
import { findCurrentPlanId, loadPlan, stateOf } from "./load-plan";
import { STEPS, stepSchema } from "../onboarding/steps";
import { syncPlanSummary } from "./sync-plan-summary";

export async function changeTrainingDays(
  db: Db,
  caller: SessionUser,
  params: { input: unknown; today: string },
): Promise<number[]> {
  if (caller.role !== "runner") throw new AppError("FORBIDDEN", "errors.forbidden");
  const planId = await findCurrentPlanId(db, caller.id);
  if (!planId) throw new AppError("NOT_FOUND", "errors.noPlan");
  // The very rule onboarding uses for this step.
  const parsed = stepSchema(STEPS.indexOf("days"), params.today)!.safeParse(params.input);
  if (!parsed.success || !parsed.data.trainingDays)
    throw new AppError("INVALID_INPUT", "onboarding.errors.trainingDays", { field: "trainingDays" });
  const trainingDays = parsed.data.trainingDays;
  const plan = await loadPlan(db, caller, planId);
  const before = plan.intake.trainingDays;
  if (before.join() === trainingDays.join()) return trainingDays;
  const intake = { ...plan.intake, trainingDays };
  await db.transaction(async (tx) => {
    await tx.update(plans).set({ intake, updatedAt: new Date() }).where(eq(plans.id, planId));
    await appendAudit(tx, {
      actorId: caller.id,
      planId,
      action: "plan.training_days",
      detail: { from: before, to: trainingDays },
    });
  });
  const updated = { ...plan, intake };
  await syncPlanSummary(db, { id: planId, intake, checkIns: plan.checkIns }, stateOf(updated, params.today));
  return trainingDays;
}
