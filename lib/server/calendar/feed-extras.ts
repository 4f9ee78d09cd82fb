// What the .ics feed adds around the sessions: a rest day is an event too (its check-in
// counts), and with the runner's choice an alarm at their reminder time on each day of the feed.
import "server-only";
import { addDays, formatISO, parseISO, startOfWeek } from "date-fns";
import { instantOfLocal } from "@/lib/dates";
import type { IcsEvent } from "@/lib/server/calendar/ics";

export type CalendarExtras = { planId: string; today: string; timeZone: string; alarmTime?: string };
type Texts = { restDay: string; restDescription: string; alarm: string };

const isoDay = (date: Date) => formatISO(date, { representation: "date" });

/** The feed's days: today to the Sunday of next week (the span planComingSessions covers). */
export function feedDays(today: string): string[] {
  const monday = startOfWeek(parseISO(today), { weekStartsOn: 1 });
  const lastDay = isoDay(addDays(monday, 13));
  const days: string[] = [];
  for (let d = parseISO(today); isoDay(d) <= lastDay; d = addDays(d, 1)) days.push(isoDay(d));
  return days;
}

export function withRestDaysAndAlarms(events: IcsEvent[], extras: CalendarExtras, texts: Texts): IcsEvent[] {
  const busy = new Set(events.map((e) => e.date));
  const rest: IcsEvent[] = feedDays(extras.today)
    .filter((date) => !busy.has(date))
    .map((date) => ({
      uid: `${extras.planId}-${date}-rest@comeback`,
      date,
      summary: texts.restDay,
      description: texts.restDescription,
      status: "CONFIRMED",
    }));
  const all = [...events, ...rest].sort((a, b) => a.date.localeCompare(b.date));
  if (!extras.alarmTime) return all;
  // One alarm a day, on that day's first event.
  const alarmed = new Set<string>();
  return all.map((event) => {
    if (alarmed.has(event.date)) return event;
    alarmed.add(event.date);
    return {
      ...event,
      alarm: { at: instantOfLocal(event.date, extras.alarmTime!, extras.timeZone), description: texts.alarm },
    };
  });
}
