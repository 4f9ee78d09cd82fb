// One formatter for dates in the reader's regional order, on the server and in the browser: next-intl's
// own, with the app's named formats, but made for the format locale ("en-GB", "en-US", "nl-BE") that
// lib/i18n/region.ts derives, while next-intl's locale (and so every link's /en or /nl) stays the language.
import { createFormatter } from "next-intl";
import { formats } from "./formats";
import type { Locale } from "./routing";

export type RegionalFormatter = ReturnType<typeof createFormatter>;

/** A formatter for `formatLocale` (a language, or a language and region) with the app's named formats. */
export function regionalFormatter({ formatLocale, timeZone }: { formatLocale: string; timeZone?: string }) {
  // next-intl types its locale as the app's languages; Intl takes any BCP 47 tag ("en-GB").
  return createFormatter({ locale: formatLocale as Locale, formats, timeZone });
}
