import type { CheckIn } from "./check-in";
import { reason, type Reason } from "./message-keys";

const HR_RISE_BPM = 7;
const MIN_BASELINE_REPORTS = 3;
const SHORT_NIGHT_HOURS = 6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// Recovery, seed 004: a morning resting heart rate ≥ 7 bpm over the runner's own 7-day median
// (previous reports, at least three) or under 6 hours of sleep makes the day easier.
export function assessRecovery(c: CheckIn, previousWeekHr: readonly number[]): Reason[] {
  const reasons: Reason[] = [];
  if (c.restingHr !== undefined && previousWeekHr.length >= MIN_BASELINE_REPORTS) {
    const baseline = median(previousWeekHr);
    if (c.restingHr >= baseline + HR_RISE_BPM) {
      reasons.push(reason("reason.readiness.restingHr", { bpm: c.restingHr, baseline }));
    }
  }
  if (c.sleepHours !== undefined && c.sleepHours < SHORT_NIGHT_HOURS) {
    reasons.push(reason("reason.readiness.sleep", { hours: c.sleepHours }));
  }
  return reasons;
}

/** An eased session: a quarter shorter, never heavy. */
export function easeMinutes(minutes: number): number {
  return Math.max(5, Math.round(minutes * 0.75));
}
