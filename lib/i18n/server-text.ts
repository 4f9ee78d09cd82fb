// Server-side translators for texts that arrive as data (engine reasons, message keys, dates).
import { headers } from "next/headers";
import { createFormatter } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { Translate } from "./app-config";
import { dateText, formats } from "./formats";
import { formatLocale } from "./region";
import { toLocale, type Locale } from "./routing";
import { reasonText, type ReasonLike } from "./reason-text";

type Params = Record<string, string | number>;

/** `hasPhysio` false: reasons leave out what a physio does (a self-guided runner has none). */
export async function getDataText(options: { hasPhysio?: boolean } = {}) {
  const t: Translate = await getTranslations();
  // Dates in the reader's regional order (en-GB: day before month), words in the page's language.
  const [locale, timeZone, accept] = await Promise.all([
    getLocale(),
    getTimeZone(),
    headers().then((h) => h.get("accept-language")),
  ]);
  const date = dateText(
    createFormatter({ locale: formatLocale(toLocale(locale), accept) as Locale, formats, timeZone }),
  );
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
