// Either side ends the sharing between a runner's plan and their physio; the physio's access ends at
// once (loadPlan checks plans.physioId). Approvals the physio required would leave the runner waiting
// for nobody, so they are switched off by a settings_change event (the engine replays it; it is logged).
import "server-only";
import { assertVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findUserTimeZone } from "@/lib/server/account/queries";
import { setPlanPhysio } from "@/lib/server/invite/queries";
import { appendAudit, findPlan, insertPlanEvent, type PlanRow } from "@/lib/server/plan/queries";
import { todayIn, DEFAULT_TIME_ZONE } from "@/lib/dates";
import { PlanSettings } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { findCurrentPlanId, loadPlan, stateOf } from "../plan/load-plan";
import { syncPlanSummary } from "../plan/sync-plan-summary";

export type EndedLink = { planId: string; physioId: string };

type Ending = {
  actor: SessionUser;
  by: "runner" | "physio";
  reason: "runner" | "physio" | "account_deleted";
  now: Date;
};

// Also used when a physio deletes their account (the actor is then that physio, about to be gone;
// their plans stay with the runners).
export async function unlinkPlan(db: Db, plan: PlanRow, ending: Ending): Promise<EndedLink> {
  const physioId = plan.physioId;
  if (!physioId) throw new AppError("NOT_FOUND", "account.errors.noPhysio");
  const today = todayIn((await findUserTimeZone(db, plan.runnerId)) ?? DEFAULT_TIME_ZONE, ending.now);
  const settings = PlanSettings.safeParse(plan.settings);
  const approvals = settings.success ? settings.data.approvalRequired : undefined;
  const release = approvals && Object.values(approvals).some(Boolean);

  await db.transaction(async (tx) => {
    if (!(await setPlanPhysio(tx, { planId: plan.id, physioId: null, expectedPhysioId: physioId })))
      throw new AppError("NOT_FOUND", "account.errors.noPhysio");
    await appendAudit(tx, {
      actorId: ending.actor.id,
      planId: plan.id,
      action: "link.ended",
      detail: { physioId, by: ending.by, reason: ending.reason },
    });
    if (release) {
      const patch = { approvalRequired: { toPhase2: false, toPhase3: false, toPhase4: false } };
      await insertPlanEvent(tx, {
        planId: plan.id,
        date: today,
        kind: "settings_change",
        payload: { by: ending.by, settings: patch },
        actorId: ending.actor.id,
      });
      await appendAudit(tx, {
        actorId: ending.actor.id,
        planId: plan.id,
        action: "plan.settings_changed",
        detail: { patch, reason: "link_ended" },
      });
    }
  });
  if (release) {
    const loaded = await loadPlan(db, ending.actor, plan.id, () => true);
    await syncPlanSummary(
      db,
      { id: loaded.row.id, intake: loaded.intake, checkIns: loaded.checkIns },
      stateOf(loaded, today),
    );
  }
  return { planId: plan.id, physioId };
}

/** The runner stops sharing their current plan with their physio. */
export async function endLinkAsRunner(db: Db, caller: SessionUser, now: Date = new Date()): Promise<EndedLink> {
  if (caller.role !== "runner") throw new AppError("FORBIDDEN", "errors.forbidden");
  const planId = await findCurrentPlanId(db, caller.id);
  const plan = planId ? await findPlan(db, planId) : undefined;
  if (!plan?.physioId) throw new AppError("NOT_FOUND", "account.errors.noPhysio");
  return unlinkPlan(db, plan, { actor: caller, by: "runner", reason: "runner", now });
}

/**
 * The physio stops following a patient's plan. NOT_FOUND for any plan not linked to this physio
 * (the same answer as for a plan that does not exist).
 */
export async function endLinkAsPhysio(
  db: Db,
  caller: SessionUser,
  planId: string,
  now: Date = new Date(),
): Promise<EndedLink> {
  assertVerifiedPhysio(caller);
  const plan = /^[0-9a-f-]{36}$/i.test(planId) ? await findPlan(db, planId) : undefined;
  if (!plan || plan.physioId !== caller.id) throw new AppError("NOT_FOUND", "errors.planNotFound");
  return unlinkPlan(db, plan, { actor: caller, by: "physio", reason: "physio", now });
}
