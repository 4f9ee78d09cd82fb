// Dates in the order the reader's region writes them: an en-GB browser reads "Monday 7 December",
// an en-US one "Monday, December 7". The language comes from the URL; only the region is taken from the
// browser's Accept-Language, and only when it names a region of that same language.
import type { Locale } from "./routing";

const TAG = /^([a-z]{2,3})-([a-z]{2}|\d{3})$/i;

/** The locale to format with: the first Accept-Language tag of the page's language that has a region, else the language. */
export function formatLocale(locale: Locale, acceptLanguage: string | null | undefined): string {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim() ?? "")
    .filter(Boolean);
  for (const tag of tags) {
    const match = TAG.exec(tag);
    if (match && match[1]?.toLowerCase() === locale) return `${locale}-${match[2]?.toUpperCase()}`;
  }
  return locale;
}
