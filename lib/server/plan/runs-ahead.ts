// The runs of the coming days for the patient's handout: this week is the engine's own week plan;
// later weeks are planned ahead with every day before them assumed followed as planned and pain-free
// (as the calendar does), so those runs are marked tentative: any real check-in can change them.
import "server-only";
import { addDays, formatISO, parseISO } from "date-fns";
import { computePlanState, type DayPlan, type PlanInput, type WalkRun } from "@/lib/engine";
import { followedPainFree } from "./coming-sessions";

export type RunAhead = {
  date: string;
  kind: "run" | "walk_run";
  minutes: number;
  walkRun: WalkRun | null;
  tentative: boolean;
};

const isoDay = (date: Date) => formatISO(date, { representation: "date" });

/** Every planned run from `today` for `days` days (today included), in date order. */
export function planRunsAhead(input: PlanInput, today: string, days = 14): RunAhead[] {
  const end = isoDay(addDays(parseISO(today), days - 1));
  const runs: RunAhead[] = [];
  let checkIns = input.checkIns;
  let asOf = today;
  // Three weeks at most cover 14 days from any weekday; the bound keeps a bad `days` from looping long.
  for (let week = 0; week < Math.ceil(days / 7) + 1; week++) {
    const state = computePlanState({ ...input, checkIns }, asOf);
    const planned = state.week.filter((d) => d.date >= asOf && d.date <= end);
    runs.push(...planned.flatMap((day) => runsOf(day, week > 0)));
    const sunday = state.week.at(-1)?.date ?? end;
    if (sunday >= end) break;
    const reported = new Set(checkIns.map((c) => c.date));
    checkIns = [...checkIns, ...planned.filter((d) => !reported.has(d.date)).map(followedPainFree)];
    asOf = isoDay(addDays(parseISO(sunday), 1));
  }
  return runs;
}

function runsOf(day: DayPlan, tentative: boolean): RunAhead[] {
  return day.sessions.flatMap((s) =>
    s.kind === "run" || s.kind === "walk_run"
      ? [{ date: day.date, kind: s.kind, minutes: s.minutes, walkRun: s.walkRun, tentative }]
      : [],
  );
}
