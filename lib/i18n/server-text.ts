// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { format, parseISO } from "date-fns";
import { getTranslations } from "next-intl/server";
import type { Translate } from "./app-config";
import { dateLocale, reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

export async function getDataText(locale: string) {
  const t: Translate = await getTranslations();
  // Reason keys are the engine's own (tests/engine/messages.test.ts: each has a text), looked up by string.
  const byKey = t as unknown as (key: string, params?: Params) => string;
  return {
    t,
    reason: reasonText(byKey, locale) as (reason: ReasonLike) => string,
    date: (iso: string, pattern = "EEEE d MMMM") => format(parseISO(iso), pattern, { locale: dateLocale(locale) }),
  };
}
