// Everything Comeback holds about the caller, as one JSON document (GDPR art. 15 and 20): the profile,
// plans with intake and settings, every check-in (with each saved version), event, transition, note
// and audit entry on their plans, the questionnaire responses, the messages with their physio. Never a
// password hash or a session token.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import {
  findOnboardingAnswers,
  findProfile,
  listInvitesOfUser,
  listPlanRecords,
  listPlansWithPhysio,
  listSessionsWithoutTokens,
  listSignInMethods,
} from "@/lib/server/account/queries";
import { listMessagesOfPlans, listMessagesSentBy } from "@/lib/server/messaging/queries";
import { listResponsesOfPlans } from "@/lib/server/outcome/queries";
import { AppError } from "@/lib/errors";
import { getPreferences } from "@/lib/server/notification/preferences";
import { listPushTargets } from "@/lib/push/send-push";
import { formatInviteCode } from "../invite/invites";

const EXPORT_FORMAT = "comeback-account-export/1";

export async function exportAccount(db: Db, caller: SessionUser, now: Date = new Date()) {
  const profile = await findProfile(db, caller.id);
  if (!profile) throw new AppError("NOT_FOUND", "errors.signInRequired");
  const [signInMethods, sessions, planRows, onboardingDraft, inviteRows, notificationPreferences, pushTargets] =
    await Promise.all([
      listSignInMethods(db, caller.id),
      listSessionsWithoutTokens(db, caller.id),
      listPlansWithPhysio(db, caller.id),
      findOnboardingAnswers(db, caller.id),
      listInvitesOfUser(db, caller.id),
      getPreferences(db, caller.id),
      listPushTargets(db, caller.id),
    ]);
  const planIds = planRows.map((r) => r.plan.id);
  const [records, messageRows, sentMessages, responseRows] = await Promise.all([
    listPlanRecords(db, planIds),
    listMessagesOfPlans(db, planIds),
    caller.role === "physio" ? listMessagesSentBy(db, caller.id) : Promise.resolve([]),
    listResponsesOfPlans(db, planIds),
  ]);
  const onPlan = <T extends { planId: string | null }>(rows: T[], planId: string) =>
    rows.filter((r) => r.planId === planId).map(({ planId: _planId, ...rest }) => rest);

  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    profile,
    signInMethods,
    sessions,
    onboardingDraft: onboardingDraft ?? null,
    // Reminder and notification choices, and which push services hold a subscription (not its keys).
    notificationPreferences,
    pushSubscriptions: pushTargets.map((t) => ({ pushService: new URL(t.endpoint).origin })),
    plans: planRows.map(({ plan, physioName }) => ({
      id: plan.id,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      status: plan.status,
      phase: plan.phase,
      physio: plan.physioId ? { name: physioName } : null,
      intake: plan.intake,
      settings: plan.settings,
      summary: plan.summary,
      calendarSubscriptionActive: plan.calendarToken !== null,
      checkIns: onPlan(records.checkIns, plan.id).map(({ id: _id, data, ...row }) => ({ ...row, report: data })),
      // Every saved version of each day's report, the latest included: a correction never erased one.
      checkInVersions: onPlan(records.checkInVersions, plan.id).map(({ data, ...row }) => ({ ...row, report: data })),
      events: onPlan(records.events, plan.id).map(({ id: _id, actorId: _actorId, ...row }) => row),
      phaseTransitions: onPlan(records.transitions, plan.id).map(({ id: _id, approvedBy: _by, ...row }) => row),
      notes: onPlan(records.notes, plan.id).map(({ id: _id, ...row }) => row),
      auditLog: onPlan(records.audit, plan.id),
      messages: onPlan(messageRows, plan.id),
      questionnaireResponses: onPlan(responseRows, plan.id),
    })),
    // A physio's own messages on their patients' threads (the runner's export holds the whole thread).
    messagesSent: sentMessages,
    invites: inviteRows.map((i) => ({
      code: formatInviteCode(i.code),
      role: i.physioId === caller.id ? "created" : "accepted",
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      usedAt: i.usedAt,
      withIntake: i.hasIntake,
    })),
  };
}
