// The sessions a runner's calendar shows: today to the end of next week.
// This week is the engine's own week plan (the days ahead planned from the state now, as the Today
// and Plan screens show them). Next week has no plan yet, so we replay the engine one week on with
// the rest of this week reported as planned and pain-free, and mark those days as planned ahead
// (tentative): any real check-in can change them, and the subscription feed follows.
import "server-only";
import { addDays, formatISO, parseISO } from "date-fns";
import {
  computePlanState,
  isRunKind,
  type CheckIn,
  type DayPlan,
  type PlanInput,
  type SessionKind,
  type WalkRun,
} from "@/lib/engine";

export type ComingSession = {
  /** Stable per plan, date and slot, so a calendar app updates the event rather than adding one. */
  uid: string;
  date: string;
  slot: number;
  kind: SessionKind;
  minutes: number;
  exercises: string[];
  walkRun: WalkRun | null;
  tentative: boolean;
};

const isoDay = (date: Date) => formatISO(date, { representation: "date" });

export function planComingSessions(planId: string, input: PlanInput, today: string): ComingSession[] {
  const state = computePlanState(input, today);
  const thisWeek = state.week.filter((day) => day.date >= today);
  return [
    ...thisWeek.flatMap((day) => sessionsOf(planId, day, false)),
    ...planNextWeek(input, today, state).flatMap((day) => sessionsOf(planId, day, true)),
  ];
}

/** Next week (Monday to Sunday) planned ahead: the rest of this week assumed done as planned, pain-free. */
export function planNextWeek(input: PlanInput, today: string, state = computePlanState(input, today)): DayPlan[] {
  const thisWeek = state.week.filter((day) => day.date >= today);
  const monday = state.week[0]?.date ?? today;
  const nextMonday = isoDay(addDays(parseISO(monday), 7));
  const reported = new Set(input.checkIns.map((c) => c.date));
  const assumed = thisWeek.filter((day) => !reported.has(day.date)).map(followedPainFree);
  return computePlanState({ ...input, checkIns: [...input.checkIns, ...assumed] }, nextMonday).week;
}

function sessionsOf(planId: string, day: DayPlan, tentative: boolean): ComingSession[] {
  return day.sessions
    .map((session, slot) => ({ session, slot }))
    .filter(({ session }) => session.kind !== "rest")
    .map(({ session, slot }) => ({
      uid: `${planId}-${day.date}-${slot}@comeback`,
      date: day.date,
      slot,
      kind: session.kind,
      minutes: session.minutes,
      exercises: session.exercises,
      walkRun: session.walkRun,
      tentative,
    }));
}

// A report that follows the day's plan without pain: the assumption behind "planned ahead".
export function followedPainFree(day: DayPlan): CheckIn {
  const sessions = day.sessions.filter((s) => s.kind !== "rest");
  const main = sessions.find((s) => isRunKind(s.kind)) ?? sessions[0];
  return {
    date: day.date,
    painRest: 0,
    painDuring: 0,
    painAfter: 0,
    painMorning: 0,
    sessionKind: main?.kind ?? "rest",
    minutes: main?.minutes ?? 0,
    completed: true,
    rpe: main ? 4 : undefined,
    soreness: main && isRunKind(main.kind) ? "none" : undefined,
    swelling: false,
    nightPain: false,
    limping: false,
    boneTenderness: false,
  };
}
