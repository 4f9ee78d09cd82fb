// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { headers } from "next/headers";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { Translate } from "./app-config";
import { dateText } from "./formats";
import { formatLocale } from "./region";
import { regionalFormatter } from "./regional-format";
import { toLocale } from "./routing";
import { reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

/** The locale this request's dates are formatted in: the page's language with the reader's region. */
export async function getFormatLocale(): Promise<string> {
  const [locale, accept] = await Promise.all([getLocale(), headers().then((h) => h.get("accept-language"))]);
  return formatLocale(toLocale(locale), accept);
}

/** next-intl's formatter in the reader's regional order, for server components (the browser's: useRegionalFormatter). */
export async function getRegionalFormatter() {
  const [locale, timeZone] = await Promise.all([getFormatLocale(), getTimeZone()]);
  return regionalFormatter({ formatLocale: locale, timeZone });
}

/** `hasPhysio` false: reasons leave out what a physio does (a self-guided runner has none). */
export async function getDataText(options: { hasPhysio?: boolean } = {}) {
  const t: Translate = await getTranslations();
  // Dates in the reader's regional order (en-GB: day before month), words in the page's language.
  const date = dateText(await getRegionalFormatter());
  // Reason keys are the engine's own (tests/engine/messages.test.ts: each has a text), looked up by string.
  const byKey = t as unknown as (key: string, params?: Params) => string;
  return {
    t,
    reason: reasonText(
      byKey,
      date,
      options.hasPhysio === undefined ? undefined : options.hasPhysio ? "linked" : "self",
    ) as (reason: ReasonLike) => string,
    date,
  };
}
