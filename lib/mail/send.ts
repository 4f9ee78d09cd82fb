// Sends one email over SMTP (nodemailer). Essential mail always goes; a non-essential category is
// skipped for a user who opted out and carries the one-click unsubscribe headers and link.
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/lib/db/client";
import { composeMail, singleLine, type MailContent } from "./compose";
import { mailConfig } from "./config";
import { mailText, type MailLocale } from "./texts";
import { isOptedOut, oneClickUrl, unsubscribeUrl, type OptionalCategory } from "./unsubscribe";

export type MailRecipient = { email: string; name?: string; locale: MailLocale; userId?: string };
export type SendMailInput =
  | { to: MailRecipient; content: MailContent; category: "essential" }
  | { to: MailRecipient & { userId: string }; content: MailContent; category: OptionalCategory; db: Db };
export type SendResult = { sent: boolean; messageId?: string };

type Holder = { transport?: Transporter; url?: string };
const holder = globalThis as typeof globalThis & { __comebackMail?: Holder };

function transport(): Transporter {
  const { smtpUrl } = mailConfig();
  if (!smtpUrl)
    throw new Error(
      "SMTP_URL is not set: `npm start` runs a local mail sink; elsewhere set SMTP_URL (see docs/operations.md, Mail).",
    );
  const h = (holder.__comebackMail ??= {});
  if (!h.transport || h.url !== smtpUrl) {
    h.transport = nodemailer.createTransport(smtpUrl);
    h.url = smtpUrl;
  }
  return h.transport;
}

export async function sendMail(input: SendMailInput): Promise<SendResult> {
  const { to } = input;
  const headers: Record<string, string> = {};
  let content = input.content;
  if (input.category !== "essential") {
    if (await isOptedOut(input.db, input.to.userId, input.category)) return { sent: false };
    const t = mailText(to.locale);
    const link = unsubscribeUrl(input.to.userId, input.category, to.locale);
    headers["List-Unsubscribe"] = `<${oneClickUrl(input.to.userId, input.category)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    content = {
      ...content,
      footer: [...content.footer, t("unsubscribe", { category: t(`categories.${input.category}`) }), link],
    };
  }
  const mail = composeMail(content);
  const { from } = mailConfig();
  const info = await transport().sendMail({
    from,
    to: to.name ? { name: singleLine(to.name), address: to.email } : to.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers,
  });
  return { sent: true, messageId: info.messageId };
}
