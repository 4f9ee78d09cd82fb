// The check-in every generated day starts from (demo patients, the benchmark, the tests): a completed
// 40-minute cross-training session, no pain, no warning sign. Callers override what their day is about.
import type { CheckIn } from "@/lib/engine/index";

export function quietCheckIn(date: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    date,
    painRest: 0,
    painDuring: 0,
    painAfter: 0,
    painMorning: 0,
    sessionKind: "cross_training",
    minutes: 40,
    completed: true,
    rpe: 4,
    swelling: false,
    nightPain: false,
    limping: false,
    boneTenderness: false,
    ...overrides,
  };
}

/** A quiet rest day: no session to report, so no effort score either. */
export function restDayCheckIn(date: string, overrides: Partial<CheckIn> = {}): CheckIn {
  const { rpe: _rpe, ...quiet } = quietCheckIn(date, { sessionKind: "rest", minutes: 0 });
  return { ...quiet, ...overrides };
}
