// The words of an error answer, in the caller's language, without the route wrapper (and so without
// the session it reads): better-auth's hooks answer in these words too, from inside sign-in itself.
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { loadMessages } from "./messages";

export function localeOf(request?: { headers: Headers }): "en" | "nl" {
  return /^\s*nl\b/i.test(request?.headers.get("accept-language") ?? "") ? "nl" : "en";
}

export async function textOf(
  messageKey: string,
  locale: "en" | "nl",
  params: Record<string, unknown> = {},
): Promise<string> {
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as AbstractIntlMessages });
  const values = Object.fromEntries(
    Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number"),
  ) as Record<string, string | number>;
  return t.has(messageKey as never) ? t(messageKey as never, values as never) : t("errors.unexpected" as never);
}
