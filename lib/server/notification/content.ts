// What a notification says, in the recipient's language: the kind of message and a link, never
// health data (no pain, injury, phase or anything from a report). A reminder names today's session
// in general words only ("strength exercises", "rest day").
import "server-only";
import { createTranslator } from "next-intl";
import type { RedFlagUrgency, SessionKind } from "@/lib/engine";
import en from "@/lib/i18n/messages/en/notify.json";
import nl from "@/lib/i18n/messages/nl/notify.json";
import { appBaseUrl } from "@/lib/mail/config";
import type { MailContent } from "@/lib/mail/compose";
import type { MailLocale } from "@/lib/mail/texts";
import type { PushMessage } from "@/lib/push/send-push";
import type { NotificationKind } from "./notify";

export type Recipient = { role: "runner" | "physio"; locale: MailLocale };

type T = (key: string, params?: Record<string, string | number>) => string;
const textOf = (locale: MailLocale): T =>
  createTranslator({ locale, messages: { notify: locale === "nl" ? nl : en }, namespace: "notify" }) as unknown as T;

/** Today's session kinds in plain words; no kinds (or only rest) is a rest day. */
function todayLine(locale: MailLocale, kinds: readonly SessionKind[]): string {
  const t = textOf(locale);
  const words = [...new Set(kinds.filter((k) => k !== "rest"))].map((k) => t(`sessions.${k}`));
  if (words.length === 0) return t("reminder.restToday");
  const session =
    words.length === 1 ? words[0]! : t("sessions.and", { first: words.slice(0, -1).join(", "), second: words.at(-1)! });
  return t("reminder.today", { session });
}

function linkOf(kind: NotificationKind, recipient: Recipient, planId: string | undefined): string {
  const base = `${appBaseUrl()}/${recipient.locale}`;
  if (kind === "reminder") return `${base}/check-in`;
  // A new message opens its thread (lib/server/messaging/messages.ts): the runner's own, the physio's per plan.
  if (kind === "message" || kind === "message_digest")
    return recipient.role === "runner" ? `${base}/messages` : planId ? `${base}/messages/${planId}` : `${base}/physio`;
  if (recipient.role === "runner") return `${base}/today`;
  return kind !== "digest" && planId ? `${base}/physio/patients/${planId}` : `${base}/physio`;
}

export type NotificationContent = { mail: MailContent; push: PushMessage };

export function notificationContent(
  kind: NotificationKind,
  recipient: Recipient,
  options: { planId?: string; sessionKinds?: readonly SessionKind[]; count?: number; urgency?: RedFlagUrgency },
): NotificationContent {
  const t = textOf(recipient.locale);
  const url = linkOf(kind, recipient, options.planId);
  if (kind === "message_digest") {
    const count = { count: options.count ?? 0 };
    return {
      mail: {
        subject: t("messageDigest.subject", count),
        heading: t("messageDigest.heading", count),
        paragraphs: [t("messageDigest.body", count)],
        action: { label: t("messageDigest.action"), url },
        footer: [],
      },
      push: { title: t("messageDigest.heading", count), body: t("messageDigest.body", count), url },
    };
  }
  const section = kind === "red_flag" || kind === "approval_waiting" ? "alert" : kind;
  if (kind === "reminder") {
    const today = todayLine(recipient.locale, options.sessionKinds ?? []);
    return {
      mail: {
        subject: t("reminder.subject"),
        heading: t("reminder.heading"),
        paragraphs: [today, t("reminder.body")],
        action: { label: t("reminder.action"), url },
        footer: [],
      },
      push: { title: t("reminder.pushTitle"), body: today, url },
    };
  }
  // A red flag to see the same day says so in the subject and heading; which flag stays in the app.
  const sameDay = kind === "red_flag" && options.urgency === "same_day";
  const heading = sameDay ? t("alert.headingSameDay") : t(`${section}.heading`);
  return {
    mail: {
      subject: sameDay ? t("alert.subjectSameDay") : t(`${section}.subject`),
      heading,
      paragraphs: [t(`${section}.body`)],
      action: { label: t(`${section}.action`), url },
      footer: [],
    },
    push: { title: heading, body: t(`${section}.body`), url },
  };
}
