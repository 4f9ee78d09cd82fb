// Turn the runner's finished onboarding draft into a plan, through the engine, in one transaction:
// the plan, its audit entry and the end of the draft happen together or not at all.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { deleteOnboardingDraft, findOnboardingDraft, lockOnboarding } from "@/lib/server/onboarding/queries";
import { appendAudit, insertPlan } from "@/lib/server/plan/queries";
import { buildPlanSummary } from "../plan/plan-summary";
import { computePlanState, defaultSettings, Intake } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";
import { findCurrentPlanId } from "../plan/load-plan";
import { firstOpenStep, parseStoredAnswers, REVIEW_STEP } from "./steps";

export async function completeOnboarding(
  db: Db,
  caller: SessionUser,
  params: { today: string },
): Promise<{ planId: string }> {
  if (caller.role !== "runner") throw new AppError("FORBIDDEN", "onboarding.errors.runnersOnly");
  return db.transaction(async (tx) => {
    await lockOnboarding(tx, caller.id);
    if (await findCurrentPlanId(tx, caller.id)) throw new AppError("CONFLICT", "onboarding.errors.planExists");
    const answers = parseStoredAnswers((await findOnboardingDraft(tx, caller.id))?.answers);
    const open = firstOpenStep(answers, params.today);
    if (open < REVIEW_STEP) throw new AppError("INVALID_INPUT", "onboarding.errors.incomplete", { step: open });

    const parsed = Intake.safeParse({ ...answers, startOn: params.today });
    if (!parsed.success) throw invalidInput(parsed.error);
    const intake = parsed.data;
    const settings = defaultSettings(intake);
    const state = computePlanState({ intake, settings, checkIns: [], events: [] }, params.today);
    const summary = buildPlanSummary(state, intake, []);
    const plan = await insertPlan(tx, {
      runnerId: caller.id,
      intake,
      settings,
      phase: state.phase,
      status: state.status,
      summary,
    });
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.id,
      action: "plan.created",
      detail: { source: "onboarding", startOn: intake.startOn },
    });
    await deleteOnboardingDraft(tx, caller.id);
    return { planId: plan.id };
  });
}
