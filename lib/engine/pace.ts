import type { Day } from "./calendar";
import type { Replay } from "./replay-counters";
import { weeksOffUntil } from "./transitions";

/** The top level is done for a whole week before the plan is complete (README, phase 4). */
export const TOP_LEVEL_DAYS = 7;

/**
 * Rule of thumb, M. Steunebrink, 19 January 2026 ("Hardlopen na een blessure"): about two weeks back
 * for every week off: phase-4 start + 2 × weeks off, plus 2 × the days of any break in phase 4.
 */
export function ruleOfThumbDay(r: Replay, phase4Start: Day): Day {
  return phase4Start + 14 * weeksOffUntil(r, phase4Start) + 2 * interruptedDaysFrom(r, phase4Start);
}

export function interruptedDaysFrom(r: Replay, from: Day): number {
  let days = 0;
  for (const span of r.interruptions) {
    const start = Math.max(span.from, from);
    if (span.to >= start) days += span.to - start + 1;
  }
  return days;
}

/** The fewest days between level steps the safety limits allow: the plan's levels a week. */
export function minLevelSpacing(r: Replay): number {
  return Math.ceil(7 / r.settings.maxLevelsPerWeek);
}

/** The date phase 4 paces toward: the physio's return date when set, else the rule of thumb's. */
export function paceTarget(r: Replay, phase4Start: Day): Day {
  return r.overrideBackToLevel ?? ruleOfThumbDay(r, phase4Start);
}

/**
 * Days a level below the top lasts so the ladder ends on the target (the rule of thumb is the pace
 * when all goes well): the days left before the top level's week, spread over the levels still below
 * it, never fewer than the safety limits allow (then the projection names the later, safe date).
 */
export function spreadSpacing(minSpacing: number, target: Day, from: Day, levelsBelowTop: number): number {
  if (levelsBelowTop <= 0) return minSpacing;
  return Math.max(minSpacing, Math.floor((target - TOP_LEVEL_DAYS - from) / levelsBelowTop));
}

/** The spacing of the current level, measured from its first day. */
export function levelSpacing(r: Replay, levelStart: Day): number {
  const min = minLevelSpacing(r);
  if (r.phase4Start === null || !r.ladder) return min;
  return spreadSpacing(min, paceTarget(r, r.phase4Start), levelStart, r.ladder.length - r.level);
}
