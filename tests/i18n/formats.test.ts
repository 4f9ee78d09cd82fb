import { describe, expect, it } from "vitest";
import { createFormatter } from "next-intl";
import { dateText, formats, planDay } from "@/lib/i18n/formats";
import { formatReasonParams } from "@/lib/i18n/reason-text";

const formatter = (locale: "en" | "nl", timeZone: string) => createFormatter({ locale, timeZone, formats });

describe("named date formats", () => {
  // The zones furthest apart: UTC+14 and UTC-11. A plan day must not move to the day before or after.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Amsterdam", "UTC"])(
    "a plan day stays the same calendar day for a viewer in %s",
    (zone) => {
      const date = dateText(formatter("nl", zone));
      expect(date("2026-11-23", "dayLong")).toBe("23 november 2026");
      expect(date("2026-11-23", "weekday")).toBe("maandag 23 november");
      expect(date("2026-01-01", "dayLong")).toBe("1 januari 2026");
      expect(date("2026-12-31", "dayLong")).toBe("31 december 2026");
    },
  );

  it.each([
    ["nl", "day", /^ma 23 nov\.?$/],
    ["nl", "dayShort", /^23 nov\.? 2026$/],
    ["nl", "weekdayYear", /^maandag 23 november 2026$/],
    ["en", "dayLong", /23.*November.*2026|November 23, 2026/],
    ["en", "weekday", /Monday/],
  ] as const)("%s %s reads as the language writes it", (locale, name, expected) => {
    expect(dateText(formatter(locale, "Pacific/Kiritimati"))("2026-11-23", name)).toMatch(expected);
  });

  it("an instant is shown in the zone given, not moved to UTC", () => {
    const at = new Date("2026-11-23T23:30:00Z");
    const f = formatter("nl", "UTC");
    expect(f.dateTime(at, "instantDay", { timeZone: "Europe/Amsterdam" })).toBe("24 november");
    expect(f.dateTime(at, "instantDay", { timeZone: "America/New_York" })).toBe("23 november");
  });

  it("minutes use the language's decimal separator", () => {
    expect(formatter("nl", "UTC").number(4.5, "minutes")).toBe("4,5");
    expect(formatter("en", "UTC").number(4.5, "minutes")).toBe("4.5");
  });

  it("planDay is noon UTC of that day", () => {
    expect(planDay("2026-11-23").toISOString()).toBe("2026-11-23T12:00:00.000Z");
  });

  it("a date inside an engine reason is written out in the viewer's language", () => {
    const date = dateText(formatter("nl", "Pacific/Pago_Pago"));
    expect(formatReasonParams({ on: "2026-12-01", days: 3 }, date)).toEqual({ on: "dinsdag 1 december", days: 3 });
  });
});
