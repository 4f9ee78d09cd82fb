import { describe, expect, it } from "vitest";
import { createFormatter } from "next-intl";
import { dateText, formats } from "@/lib/i18n/formats";
import { formatLocale } from "@/lib/i18n/region";
import type { Locale } from "@/lib/i18n/routing";

describe("the region dates are formatted for", () => {
  it.each([
    ["en", "en-GB,en;q=0.9", "en-GB"],
    ["en", "en-US,en;q=0.9", "en-US"],
    ["en", "nl-NL,nl;q=0.9,en-GB;q=0.8", "en-GB"],
    ["en", "en,en-AU;q=0.5", "en-AU"],
    ["en", "nl-NL", "en"],
    ["en", "", "en"],
    ["en", null, "en"],
    ["nl", "nl-BE,nl;q=0.9", "nl-BE"],
    ["nl", "en-GB", "nl"],
    ["en", "en-gb", "en-GB"],
    ["en", "en-419", "en-419"],
    ["en", "*", "en"],
  ] as const)("page %s, Accept-Language %j → %s", (locale, header, expected) => {
    expect(formatLocale(locale, header)).toBe(expected);
  });
});

describe("dates in the reader's regional order", () => {
  const date = (locale: string) =>
    dateText(createFormatter({ locale: locale as Locale, timeZone: "Europe/Amsterdam", formats }));
  it.each([
    ["en-GB", "weekday", "Monday 7 December"],
    ["en-GB", "dayLong", "7 December 2026"],
    ["en-US", "weekday", "Monday, December 7"],
    ["en-US", "dayLong", "December 7, 2026"],
    ["nl", "weekday", "maandag 7 december"],
    ["nl-BE", "dayLong", "7 december 2026"],
  ])("%s %s: %s", (locale, name, expected) => {
    expect(date(locale)("2026-12-07", name as "weekday" | "dayLong")).toBe(expected);
  });

  it("an en-GB instant puts the day first", () => {
    const format = createFormatter({ locale: "en-GB" as Locale, timeZone: "Europe/Amsterdam", formats });
    expect(format.dateTime(new Date("2026-12-07T05:04:00Z"), "instant")).toBe("7 Dec 2026, 06:04");
  });
});
