import { createElement, type ComponentProps, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider, createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { FormatLocaleProvider, useRegionalFormatter } from "@/components/i18n/regional-format";
import { formats, planDay } from "@/lib/i18n/formats";
import { regionalFormatter } from "@/lib/i18n/regional-format";

const DAY = planDay("2026-12-07");
const timeZone = "Europe/Amsterdam";

// The same named formats, in the reader's regional order: day before month in Britain, after it in the US;
// Dutch as it was (the language alone).
describe("regionalFormatter", () => {
  it.each([
    ["en-GB", "dayShort", "7 Dec 2026"],
    ["en-US", "dayShort", "Dec 7, 2026"],
    ["en-GB", "dayMonth", "7 Dec"],
    ["en-US", "dayMonth", "Dec 7"],
    ["en-GB", "weekday", "Monday 7 December"],
    ["en-US", "weekday", "Monday, December 7"],
    ["nl", "dayShort", "7 dec 2026"],
    ["nl-BE", "weekday", "maandag 7 december"],
  ] as const)("%s, %s → %s", (formatLocale, format, expected) => {
    expect(regionalFormatter({ formatLocale, timeZone }).dateTime(DAY, format)).toBe(expected);
  });

  it("Dutch is unchanged from next-intl's own formatter for the language", () => {
    const plain = createFormatter({ locale: "nl", formats, timeZone });
    for (const format of ["day", "weekdayYear", "dayLong"] as const)
      expect(regionalFormatter({ formatLocale: "nl", timeZone }).dateTime(DAY, format)).toBe(
        plain.dateTime(DAY, format),
      );
  });
});

// What a client component draws: the provider's format locale, or the page's language without one.
describe("useRegionalFormatter", () => {
  function DayText() {
    return createElement("span", null, useRegionalFormatter().dateTime(DAY, "dayShort"));
  }
  // Providers typed without their children, so the children go in as createElement's own argument.
  const Region = FormatLocaleProvider as FunctionComponent<{ formatLocale: string }>;
  const IntlProvider = NextIntlClientProvider as FunctionComponent<
    Omit<ComponentProps<typeof NextIntlClientProvider>, "children">
  >;
  const render = (locale: "en" | "nl", formatLocale?: string) => {
    const day = createElement(DayText);
    const inner = formatLocale ? createElement(Region, { formatLocale }, day) : day;
    return renderToStaticMarkup(createElement(IntlProvider, { locale, timeZone, messages: {}, formats }, inner));
  };

  it.each([
    ["en", "en-GB", "<span>7 Dec 2026</span>"],
    ["en", "en-US", "<span>Dec 7, 2026</span>"],
    ["en", undefined, "<span>Dec 7, 2026</span>"],
    ["nl", "nl", "<span>7 dec 2026</span>"],
    ["nl", undefined, "<span>7 dec 2026</span>"],
  ] as const)("page %s, format locale %s → %s", (locale, formatLocale, expected) => {
    expect(render(locale, formatLocale)).toBe(expected);
  });
});
