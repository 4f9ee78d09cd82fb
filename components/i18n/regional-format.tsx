"use client";

import { useLocale, useTimeZone } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { regionalFormatter } from "@/lib/i18n/regional-format";

// The format locale the server chose for this request (from Accept-Language, lib/i18n/region.ts), so a
// date drawn in the browser reads as the server's do: "7 Dec" for en-GB, "Dec 7" for en-US. The server
// and the browser render with the same value, so hydration sees the same text.
const FormatLocale = createContext<string | undefined>(undefined);

export function FormatLocaleProvider({ formatLocale, children }: { formatLocale: string; children: ReactNode }) {
  return <FormatLocale value={formatLocale}>{children}</FormatLocale>;
}

/** next-intl's formatter in the reader's regional order (the page's language when no provider is above). */
export function useRegionalFormatter() {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const formatLocale = useContext(FormatLocale) ?? locale;
  return useMemo(() => regionalFormatter({ formatLocale, timeZone }), [formatLocale, timeZone]);
}
