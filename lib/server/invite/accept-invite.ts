// A runner accepts a physio's invite: their current plan is shared with that physio, or, when they
// have no plan yet and the physio filled in their intake, a plan is created from it. All in one
// transaction with the invite row locked, so a code is used once even when two runners race for it.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findInviteByCode, lockPlan, markInviteUsed, setPlanPhysio } from "@/lib/server/invite/queries";
import { deleteOnboardingDraft, lockOnboarding } from "@/lib/server/onboarding/queries";
import { appendAudit, insertPlan, insertPlanEvent } from "@/lib/server/plan/queries";
import { computePlanState, defaultSettings, Intake, type PlanEvent } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { inviteStatus, normalizeInviteCode, startPhaseOf } from "./invites";
import { findCurrentPlanId } from "../plan/load-plan";
import { parseStoredAnswers } from "../onboarding/steps";
import { buildPlanSummary } from "../plan/plan-summary";

export type AcceptInviteParams = {
  code: string;
  // The runner's local day: the start of a plan created from the physio's intake.
  today: string;
  // Set once the runner has confirmed that sharing with their current physio ends.
  switchPhysio?: boolean;
  now?: Date;
};

export type AcceptedInvite = {
  planId: string;
  physioId: string;
  physioName: string;
  createdPlan: boolean;
  endedPhysioId: string | null;
};

export async function acceptInvite(db: Db, caller: SessionUser, params: AcceptInviteParams): Promise<AcceptedInvite> {
  if (caller.role !== "runner") throw new AppError("FORBIDDEN", "invite.errors.runnersOnly");
  const code = normalizeInviteCode(params.code);
  if (!code) throw new AppError("INVALID_INPUT", "invite.errors.codeFormat", { field: "code" });
  const now = params.now ?? new Date();

  return db.transaction(async (tx) => {
    // The same lock as onboarding: a plan is never created twice for one runner.
    await lockOnboarding(tx, caller.id);
    const invite = await findInviteByCode(tx, code, { lock: true });
    if (!invite) throw new AppError("NOT_FOUND", "invite.errors.notFound", { field: "code" });
    const status = inviteStatus(invite, now);
    if (status === "used") throw new AppError("CONFLICT", "invite.errors.used", { field: "code" });
    if (status === "expired") throw new AppError("CONFLICT", "invite.errors.expired", { field: "code" });
    const link = { physioId: invite.physioId, physioName: invite.physioName, inviteId: invite.id };

    const currentId = await findCurrentPlanId(tx, caller.id);
    const current = currentId ? await lockPlan(tx, currentId) : undefined;
    let planId: string;
    let createdPlan = false;
    let endedPhysioId: string | null = null;

    if (current) {
      if (current.physioId && current.physioId !== invite.physioId) {
        if (!params.switchPhysio) throw new AppError("CONFLICT", "invite.errors.linkedToOther");
        endedPhysioId = current.physioId;
        await appendAudit(tx, {
          actorId: caller.id,
          planId: current.id,
          action: "link.ended",
          detail: { physioId: endedPhysioId, by: "runner", reason: "switched" },
        });
      }
      planId = current.id;
      if (current.physioId !== invite.physioId) await setPlanPhysio(tx, { planId, physioId: invite.physioId });
    } else {
      const answers = parseStoredAnswers(invite.intake);
      const parsed = Intake.safeParse({ ...answers, startOn: params.today });
      if (invite.intake === null || !parsed.success) throw new AppError("CONFLICT", "invite.errors.needPlan");
      const intake = parsed.data;
      const settings = defaultSettings(intake);
      // A start phase the physio chose is their override on the first day, like any later one.
      const { startPhase } = startPhaseOf(invite.intake);
      const events: PlanEvent[] = startPhase
        ? [{ kind: "override", date: intake.startOn, by: "physio", phase: startPhase }]
        : [];
      const state = computePlanState({ intake, settings, checkIns: [], events }, params.today);
      const plan = await insertPlan(tx, {
        runnerId: caller.id,
        physioId: invite.physioId,
        intake,
        settings,
        phase: state.phase,
        status: state.status,
        summary: buildPlanSummary(state, intake, []),
      });
      if (startPhase)
        await insertPlanEvent(tx, {
          planId: plan.id,
          date: intake.startOn,
          kind: "override",
          payload: { by: "physio", phase: startPhase },
          actorId: invite.physioId,
        });
      await appendAudit(tx, {
        actorId: caller.id,
        planId: plan.id,
        action: "plan.created",
        detail: { source: "invite", inviteId: invite.id, intakeBy: invite.physioId, startOn: intake.startOn },
      });
      await deleteOnboardingDraft(tx, caller.id);
      planId = plan.id;
      createdPlan = true;
    }

    if (!(await markInviteUsed(tx, { id: invite.id, usedBy: caller.id, now })))
      throw new AppError("CONFLICT", "invite.errors.used", { field: "code" });
    await appendAudit(tx, {
      actorId: caller.id,
      planId,
      action: "link.started",
      detail: { physioId: link.physioId, inviteId: link.inviteId },
    });
    return { planId, physioId: link.physioId, physioName: link.physioName, createdPlan, endedPhysioId };
  });
}
