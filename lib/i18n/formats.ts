// Named date and number formats, set once in the next-intl config (lib/i18n/request.ts) and used through
// useFormatter()/getFormatter(): `format.dateTime(planDay("2026-11-23"), "day")` reads "ma 23 nov." in Dutch.
import type { Formats } from "next-intl";

// A plan day is a calendar day ("2026-11-23"), not an instant: it is formatted at noon UTC in UTC, so no
// viewer's zone (UTC-11 to UTC+14) can move it to the day before or after.
const day = { timeZone: "UTC" } as const;

export const formats = {
  dateTime: {
    /** "ma 23 nov." / "Mon, Nov 23" */
    day: { ...day, weekday: "short", day: "numeric", month: "short" },
    /** "ma 23" (a day picker's button) */
    weekdayDay: { ...day, weekday: "short", day: "numeric" },
    /** "maandag 23 november" */
    weekday: { ...day, weekday: "long", day: "numeric", month: "long" },
    /** "maandag 23 november 2026" */
    weekdayYear: { ...day, weekday: "long", day: "numeric", month: "long", year: "numeric" },
    /** "23 nov." (chart ticks, short mentions) */
    dayMonth: { ...day, day: "numeric", month: "short" },
    /** "23 november" */
    dayMonthLong: { ...day, day: "numeric", month: "long" },
    /** "23 nov. 2026" */
    dayShort: { ...day, day: "numeric", month: "short", year: "numeric" },
    /** "23 november 2026" */
    dayLong: { ...day, day: "numeric", month: "long", year: "numeric" },
    // Instants (a check-in's time, an audit entry, an invite's expiry) carry no zone here: they are shown
    // in the viewer's zone, given per call or by the config's timeZone.
    /** "23 nov 2026 14:05" */
    instant: { dateStyle: "medium", timeStyle: "short" },
    /** "maandag 23 november" of an instant */
    instantWeekday: { weekday: "long", day: "numeric", month: "long" },
    /** "23 november" of an instant */
    instantDay: { day: "numeric", month: "long" },
  },
  number: {
    /** "4,5" minutes: at most one decimal */
    minutes: { maximumFractionDigits: 1 },
  },
} as const satisfies Formats;

export type PlanDayFormat = Exclude<keyof typeof formats.dateTime, "instant" | "instantDay" | "instantWeekday">;

/** A plan day as the instant formats.dateTime's plan-day formats expect: noon UTC of that day. */
export function planDay(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`);
}

/** Formats a plan day by a named format: what pages pass to components as `date`. */
export type DateText = (iso: string, format?: PlanDayFormat) => string;

type DateTimeFormatter = { dateTime: (value: Date, format: PlanDayFormat) => string };
export function dateText(format: DateTimeFormatter): DateText {
  return (iso, name = "weekday") => format.dateTime(planDay(iso), name);
}
