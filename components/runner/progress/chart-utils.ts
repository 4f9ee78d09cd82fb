// Shared by the progress charts: days as timestamps (UTC noon, so no time zone shifts a day),
// evenly spread day ticks, locale date formats and a palette that keeps 4.5:1 on white.
import type { RegionalFormatter } from "@/lib/i18n/regional-format";

export const DAY_MS = 86_400_000;

export const toTime = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

export function dayTicks(from: number, to: number, count = 5): number[] {
  const days = Math.round((to - from) / DAY_MS);
  if (days <= 0) return [from];
  const step = Math.max(1, Math.ceil(days / (count - 1)));
  const ticks: number[] = [];
  for (let d = 0; d <= days; d += step) ticks.push(from + d * DAY_MS);
  return ticks;
}

// The chart's days are UTC-noon timestamps; the named plan-day formats show them in UTC.
export function dateFormatter(format: RegionalFormatter) {
  const at = (value: number | string) => new Date(typeof value === "number" ? value : toTime(value));
  return {
    short: (value: number | string) => format.dateTime(at(value), "dayMonth"),
    long: (value: number | string) => format.dateTime(at(value), "weekday"),
  };
}

// Tailwind 700 shades: each at least 4.5:1 against white, and told apart by dash pattern too.
export const palette = {
  during: { color: "#b91c1c", dash: undefined },
  after: { color: "#b45309", dash: "6 3" },
  rest: { color: "#1d4ed8", dash: "2 3" },
  morning: { color: "#6d28d9", dash: "10 4 2 4" },
  brand: { color: "#0d6649", dash: undefined },
} as const;

export const axisTick = { fill: "#4a5565", fontSize: 12 } as const;
export const gridStroke = "#e2e8f0";
