// Email texts in the recipient's language, from lib/i18n/messages/{en,nl}/mail.json.
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en/mail.json";
import nl from "@/lib/i18n/messages/nl/mail.json";
import { toLocale } from "@/lib/i18n/routing";

export type MailLocale = "en" | "nl";
export type MailText = (key: string, params?: Record<string, string | number>) => string;

export const mailLocaleOf = (value: unknown): MailLocale => toLocale(value);

export function mailText(locale: MailLocale): MailText {
  const t = createTranslator({ locale, messages: { mail: locale === "nl" ? nl : en }, namespace: "mail" });
  return t as unknown as MailText;
}
