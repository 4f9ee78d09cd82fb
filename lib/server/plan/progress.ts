// The runner's progress as plain data for charts: pain per day, sessions done, ladder level per
// day, phase transitions and how the projected date back at the old level moved.
import "server-only";
import { addDays, addWeeks, differenceInCalendarDays, formatISO, parseISO, startOfWeek } from "date-fns";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { sessionsOf, type SessionKind } from "@/lib/engine";
import { projectionMoves } from "@/lib/engine/projection";
import { loadPlan, stateOf, type LoadedPlan } from "./load-plan";

/** `during` and `after` are null on a rest day (not asked there). */
type PainPoint = { date: string; rest: number; during: number | null; after: number | null; morning: number };
type LevelPoint = { date: string; level: number };
type WeekTotal = { weekStart: string; sessions: number; minutes: number };

export type Progress = {
  planId: string;
  today: string;
  startedOn: string;
  daysSinceStart: number;
  phase: number;
  status: string;
  level: { current: number; total: number } | null;
  pain: PainPoint[];
  sessions: {
    count: number;
    minutes: number;
    /** Sessions the runner reported done in full. */
    completed: number;
    /** Sessions reported done in part (some minutes, not all of it). */
    partial: number;
    byKind: Partial<Record<SessionKind, number>>;
    /** Monday to Sunday, from the week of the start to this week. */
    perWeek: WeekTotal[];
    /** Days with a check-in, of the days since the start (today included). */
    daysReported: number;
    adherence: number;
  };
  levels: LevelPoint[];
  phases: { phase: number; startedOn: string; via: string }[];
  projections: { on: string; backToLevelOn: string }[];
  projection: { backToLevelOn: string; isEstimate: boolean };
  /** How often the expected date moved (each entry against the one before, today's against the last). */
  projectionMoves: { moves: number; first: string | undefined };
};

const isoDay = (date: Date) => formatISO(date, { representation: "date" });

export async function getProgress(db: Db, caller: SessionUser, planId: string, day?: string): Promise<Progress> {
  const plan = await loadPlan(db, caller, planId);
  return buildProgress(plan, day ?? plan.today);
}

// For a plan already loaded for an entitled caller (the progress page has it from its guard); a caller
// that has replayed it up to `today` already (the patient page) passes that state instead of a second replay.
export function buildProgress(plan: LoadedPlan, today: string, state = stateOf(plan, today)): Progress {
  const startedOn = plan.intake.startOn;
  const daysSinceStart = Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(startedOn)) + 1);
  const reports = plan.checkIns.filter((c) => c.date >= startedOn && c.date <= today);
  // Every session of every report (a day's check-in can hold several).
  const trained = reports.flatMap((c) => sessionsOf(c).map((s) => ({ date: c.date, ...s })));
  const byKind: Partial<Record<SessionKind, number>> = {};
  for (const s of trained) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  return {
    planId: plan.row.id,
    today,
    startedOn,
    daysSinceStart,
    phase: state.phase,
    status: state.status,
    level: state.level ? { current: state.level.current, total: state.level.total } : null,
    pain: reports.map((c) => ({
      date: c.date,
      rest: c.painRest,
      during: c.painDuring ?? null,
      after: c.painAfter ?? null,
      morning: c.painMorning,
    })),
    sessions: {
      count: trained.length,
      minutes: trained.reduce((sum, c) => sum + c.minutes, 0),
      completed: trained.filter((c) => c.completed).length,
      partial: trained.filter((c) => !c.completed && c.minutes > 0).length,
      byKind,
      perWeek: totalsPerWeek(trained, startedOn, today),
      daysReported: reports.length,
      adherence: daysSinceStart > 0 ? Math.round((reports.length / daysSinceStart) * 100) / 100 : 0,
    },
    levels: levelPerDay(state.history.levels, today),
    phases: state.history.phases,
    projections: state.history.projections.filter((p) => p.on <= today),
    projection: { backToLevelOn: state.projection.backToLevelOn, isEstimate: state.projection.isEstimate },
    projectionMoves: projectionMoves(
      state.history.projections.filter((p) => p.on <= today),
      state.projection.backToLevelOn,
    ),
  };
}

// The engine records the day each level started; charts want a value for every day since.
function levelPerDay(changes: readonly { from: string; level: number }[], today: string): LevelPoint[] {
  const sorted = [...changes].filter((c) => c.from <= today).sort((a, b) => a.from.localeCompare(b.from));
  const first = sorted[0];
  if (!first) return [];
  const points: LevelPoint[] = [];
  let index = 0;
  for (let day = parseISO(first.from); isoDay(day) <= today; day = addDays(day, 1)) {
    const date = isoDay(day);
    while (sorted[index + 1] && sorted[index + 1]!.from <= date) index += 1;
    points.push({ date, level: sorted[index]!.level });
  }
  return points;
}

const mondayOf = (iso: string) => isoDay(startOfWeek(parseISO(iso), { weekStartsOn: 1 }));

function totalsPerWeek(
  trained: readonly { date: string; minutes: number }[],
  startedOn: string,
  today: string,
): WeekTotal[] {
  const weeks: WeekTotal[] = [];
  if (startedOn > today) return weeks;
  const last = mondayOf(today);
  for (let monday = parseISO(mondayOf(startedOn)); isoDay(monday) <= last; monday = addWeeks(monday, 1)) {
    weeks.push({ weekStart: isoDay(monday), sessions: 0, minutes: 0 });
  }
  const byMonday = new Map(weeks.map((w) => [w.weekStart, w]));
  for (const c of trained) {
    const week = byMonday.get(mondayOf(c.date));
    if (!week) continue;
    week.sessions += 1;
    week.minutes += c.minutes;
  }
  return weeks;
}
