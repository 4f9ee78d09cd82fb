// The notify job: sends one notification by the channels the recipient chose. Each channel (and each
// push device) is sent inside a transaction that first claims its delivery key, so a duplicate job or
// a second worker never sends it twice, and a failed send rolls the claim back for pg-boss to retry.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { redFlagUrgencies } from "@/lib/engine";
import { checkIns, invites, notificationDeliveries, physioProfiles, user } from "@/lib/db/schema";
import { findCurrentPlanId } from "@/lib/server/plan/load-plan";
import { sendMail } from "@/lib/mail/send";
import { signInLockedContent } from "@/lib/mail/sign-in-locked-mail";
import { inviteMailContent, physioApprovedContent } from "@/lib/mail/physio-mails";
import { INVITE_DAYS } from "@/lib/server/invite/invites";
import { mailLocaleOf, mailText } from "@/lib/mail/texts";
import { listPushTargets, sendPush } from "@/lib/push/send-push";
import { notificationContent } from "./content";
import type { NotificationKind } from "./notify";
import { channelsOf, getPreferences } from "./preferences";
import { todaySessionKinds } from "./today-session";
import { unreadForDigest } from "./message-digest";

const NotifyJob = z.object({
  userId: z.string().min(1),
  kind: z.enum([
    "red_flag",
    "approval_waiting",
    "message",
    "digest",
    "reminder",
    "sign_in_locked",
    "message_digest",
    "invite",
    "physio_approved",
  ]),
  planId: z.string().optional(),
  // An invite to email (kind "invite"; userId is the physio who sends it).
  inviteId: z.uuid().optional(),
  // A reminder's or digest's local day: the same day never sends twice.
  localDate: z.string().optional(),
  // A red flag's triage: "same_day" puts that in the subject (never which flag).
  urgency: z.enum(redFlagUrgencies).optional(),
});
export type NotifyJob = z.infer<typeof NotifyJob>;

export type DeliveryReport = { email: boolean; push: number; skipped?: string };

// Thrown inside the transaction to give the claim back when nothing went out (an opted-out category).
class NothingSent extends Error {}

export async function once(
  db: Db,
  key: string,
  userId: string,
  kind: NotificationKind,
  send: (tx: Db) => Promise<boolean>,
): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      // Waits for another worker holding this key; after its commit the insert finds the row and sends nothing.
      const claimed = await tx
        .insert(notificationDeliveries)
        .values({ key, userId, kind })
        .onConflictDoNothing()
        .returning({ key: notificationDeliveries.key });
      if (claimed.length === 0) return false;
      if (!(await send(tx))) throw new NothingSent();
      return true;
    });
  } catch (error) {
    if (error instanceof NothingSent) return false;
    throw error;
  }
}

export async function deliverNotification(db: Db, jobId: string, raw: unknown): Promise<DeliveryReport> {
  const job = NotifyJob.parse(raw);
  const [recipient] = await db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale })
    .from(user)
    .where(eq(user.id, job.userId));
  if (!recipient) return { email: false, push: 0, skipped: "gone" };
  // About the account itself: always by email, whatever the channels chosen for reminders and alerts.
  if (job.kind === "sign_in_locked") {
    const to = { email: recipient.email, name: recipient.name, locale: mailLocaleOf(recipient.locale) };
    const sent = await once(db, `job:${jobId}:email`, recipient.id, job.kind, async () => {
      await sendMail({ to, content: signInLockedContent(to), category: "essential" });
      return true;
    });
    return { email: sent, push: 0 };
  }
  if (job.kind === "physio_approved") {
    const to = { email: recipient.email, name: recipient.name, locale: mailLocaleOf(recipient.locale) };
    const sent = await once(db, `job:${jobId}:email`, recipient.id, job.kind, async () => {
      await sendMail({ to, content: physioApprovedContent(to), category: "essential" });
      return true;
    });
    return { email: sent, push: 0 };
  }
  if (job.kind === "invite") return deliverInvite(db, jobId, recipient.id, job.inviteId);
  const prefs = await getPreferences(db, recipient.id);
  const isMessage = job.kind === "message" || job.kind === "message_digest";
  const runnerSide = job.kind === "reminder" || (isMessage && recipient.role === "runner");
  if (job.kind === "digest" && !prefs.digestEnabled) return { email: false, push: 0, skipped: "off" };
  const channels = channelsOf(runnerSide ? prefs.reminderChannels : prefs.alertChannels);

  let sessionKinds: string[] = [];
  if (job.kind === "reminder") {
    const planId = job.planId ?? (await findCurrentPlanId(db, recipient.id));
    if (!planId || !job.localDate) return { email: false, push: 0, skipped: "no plan" };
    // Checked again at send time: a check-in made after the scan (or before a retry) cancels the reminder.
    const done = await db
      .select({ id: checkIns.id })
      .from(checkIns)
      .where(and(eq(checkIns.planId, planId), eq(checkIns.date, job.localDate)));
    if (done.length > 0) return { email: false, push: 0, skipped: "checked in" };
    sessionKinds = await todaySessionKinds(db, planId, job.localDate);
  }

  let unread = 0;
  if (job.kind === "message_digest") {
    // Read in the meantime, or no longer this person's thread: nothing to say.
    unread = job.planId ? await unreadForDigest(db, { planId: job.planId, reader: recipient }) : 0;
    if (unread === 0) return { email: false, push: 0, skipped: "read" };
  }

  const locale = mailLocaleOf(recipient.locale);
  const content = notificationContent(
    job.kind,
    { role: recipient.role, locale },
    { planId: job.planId, sessionKinds: sessionKinds as never, count: unread, urgency: job.urgency },
  );
  const key =
    job.kind === "reminder" || job.kind === "digest" ? `${job.kind}:${recipient.id}:${job.localDate}` : `job:${jobId}`;
  const report: DeliveryReport = { email: false, push: 0 };

  if (channels.email) {
    const category = recipient.role === "physio" ? "physioAlerts" : "reminders";
    const mail = { ...content.mail, footer: [mailText(locale)("footer")] };
    report.email = await once(
      db,
      `${key}:email`,
      recipient.id,
      job.kind,
      async (tx) =>
        (
          await sendMail({
            to: { email: recipient.email, name: recipient.name, locale, userId: recipient.id },
            content: mail,
            category,
            db: tx,
          })
        ).sent,
    );
  }
  if (channels.push) {
    for (const target of await listPushTargets(db, recipient.id)) {
      let sent = false;
      // A gone subscription (404/410) is deleted and its claim kept: that device is done with.
      await once(db, `${key}:push:${target.id}`, recipient.id, job.kind, async (tx) => {
        const outcome = await sendPush(tx, target, content.push);
        sent = outcome === "sent";
        return outcome !== "off";
      });
      if (sent) report.push += 1;
    }
  }
  return report;
}

/** Rows of old deliveries are only there to stop duplicates; a week is more than any retry takes. */
export async function pruneDeliveries(db: Db, now: Date): Promise<void> {
  await db.execute(
    sql`delete from notification_deliveries where sent_at < ${new Date(now.getTime() - 7 * 86_400_000)}`,
  );
  await db.execute(sql`delete from notification_runs where created_at < ${new Date(now.getTime() - 7 * 86_400_000)}`);
}

// An invite the physio asked to email: sent to the address on the invite, in the language chosen there,
// only while the invite is still open (withdrawn, used or expired: nothing to send).
async function deliverInvite(db: Db, jobId: string, physioId: string, inviteId?: string): Promise<DeliveryReport> {
  if (!inviteId) return { email: false, push: 0, skipped: "gone" };
  const [invite] = await db
    .select({
      code: invites.code,
      patientName: invites.patientName,
      emailTo: invites.emailTo,
      emailLocale: invites.emailLocale,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      physioName: user.name,
      physioPractice: physioProfiles.practice,
    })
    .from(invites)
    .innerJoin(user, eq(user.id, invites.physioId))
    .innerJoin(physioProfiles, and(eq(physioProfiles.userId, invites.physioId), eq(physioProfiles.status, "approved")))
    .where(and(eq(invites.id, inviteId), eq(invites.physioId, physioId)));
  if (!invite?.emailTo || invite.usedAt || invite.expiresAt.getTime() <= Date.now())
    return { email: false, push: 0, skipped: "closed" };
  const locale = mailLocaleOf(invite.emailLocale);
  const content = inviteMailContent({
    locale,
    physioName: invite.physioName,
    physioPractice: invite.physioPractice,
    patientName: invite.patientName,
    code: invite.code,
    days: INVITE_DAYS,
  });
  const sent = await once(db, `job:${jobId}:email`, physioId, "invite", async () => {
    await sendMail({
      to: { email: invite.emailTo!, name: invite.patientName ?? undefined, locale },
      content,
      category: "essential",
    });
    return true;
  });
  return { email: sent, push: 0 };
}
