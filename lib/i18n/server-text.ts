// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { format, parseISO } from "date-fns";
import { getTranslations } from "next-intl/server";
import { dateLocale, reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

export async function getDataText(locale: string) {
  const t = (await getTranslations()) as unknown as (key: string, params?: Params) => string;
  return {
    t,
    reason: reasonText(t, locale) as (reason: ReasonLike) => string,
    date: (iso: string, pattern = "EEEE d MMMM") => format(parseISO(iso), pattern, { locale: dateLocale(locale) }),
  };
}
