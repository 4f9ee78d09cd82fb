import { toIso, type Day } from "./calendar";
import { gateClockStart, gateFor } from "./gates";
import { reason, type Reason } from "./message-keys";
import { levelStartDay, minDaysAtLevel } from "./phase4";
import type { LevelSpec } from "./plan-state-types";
import { currentSpec, type Replay } from "./replay-counters";
import { interruptedDaysFrom, levelSpacing, minLevelSpacing, paceTarget, ruleOfThumbDay, spreadSpacing } from "./pace";
import { reentryLevel } from "./reentry";
import { ladderFor, weeksOffUntil } from "./transitions";

export interface Projection {
  weeksOff: number;
  rebuildWeeks: number;
  phase4Start: Day;
  /** The rule of thumb's own date: phase-4 start + 2 × weeks off (+ 2 × any break in phase 4). */
  ruleOfThumb: Day;
  /** The later date the safety limits need, or null when the rule of thumb's date is safe. */
  safety: Day | null;
  /** The date that governs: the later of the two, the physio's date, or the day it was reached. */
  backToLevel: Day;
  isEstimate: boolean;
  isOverridden: boolean;
  fitnessLossPercent: number;
  reasons: Reason[];
}

const GALLOWAY: readonly [number, number][] = [
  [0, 0],
  [7, 10],
  [14, 35],
  [21, 60],
  [28, 85],
  [35, 100],
];

// Fitness lost with days off, Galloway (second-hand, DOMAIN §2): 7 d ≈ 10 %, 14 d ≈ 35 %,
// 21 d ≈ 60 %, 28 d ≈ 85 %, 35+ d ≈ 100 %; straight lines in between.
export function estimateFitnessLoss(daysOff: number): number {
  if (daysOff <= 0) return 0;
  for (let i = 1; i < GALLOWAY.length; i++) {
    const [d1, p1] = GALLOWAY[i] ?? [0, 0];
    const [d0, p0] = GALLOWAY[i - 1] ?? [0, 0];
    if (daysOff <= d1) return Math.round(p0 + ((p1 - p0) * (daysOff - d0)) / (d1 - d0));
  }
  return 100;
}

// Rule of thumb, M. Steunebrink 2026 (seed 003, tip 3): two weeks back for every week off. Back at
// level on phase-4 start + 2 × weeks off, plus 2 × N weeks for an interruption of N weeks in phase 4;
// phase 4 paces its levels toward that date (pace.ts). Both dates are kept: the rule's own, and the
// later one the safety limits need (the fastest the levels may go), with the reason. A break of N weeks
// in phase 4 moves the safety date by 2 × N weeks too, so whichever date governs moves by that much.
export function projectReturnDate(r: Replay, today: Day): Projection {
  const isEstimate = r.phase4Start === null;
  const phase4Start = r.phase4Start ?? estimatePhase4Start(r, today);
  const weeksOff = weeksOffUntil(r, phase4Start);
  const rebuildWeeks = 2 * weeksOff;
  const interruptionDays = interruptedDaysFrom(r, phase4Start);
  const ruleOfThumb = ruleOfThumbDay(r, phase4Start);
  const ladder = r.ladder ?? ladderFor(r, rebuildWeeks);
  const { earliest, paced } = isEstimate
    ? estimateLadderEnd(r, ladder, phase4Start, weeksOff)
    : {
        earliest: today + remainingDays(r, today, minLevelSpacing(r)) + 2 * interruptionDays,
        paced: today + remainingDays(r, today, levelSpacing(r, levelStartDay(r))),
      };
  const reasons: Reason[] = [];
  if (isEstimate) {
    reasons.push(reason("projection.estimate"));
    // Weeks off grow while phases 1–3 last (DOMAIN §2): say so, so a later date is no surprise.
    // Both counts: the weeks without running up to today, and the weeks there will be by the projected restart.
    reasons.push(reason("projection.weeksOffGrowing", { soFar: weeksOffSoFar(r, today), weeks: weeksOff }));
  }
  if (interruptionDays > 0)
    reasons.push(reason("projection.interruption", { weeks: Math.round((2 * interruptionDays) / 7) }));
  const target = r.overrideBackToLevel;
  const safety = target === null && earliest > ruleOfThumb ? earliest : null;
  if (safety !== null) {
    reasons.push(reason("projection.safetyExtends", { weeks: Math.ceil((safety - ruleOfThumb) / 7) }));
    // Warden et al. 2014: a bone climbs the whole ladder at a level a week; say that is why.
    if (r.intake.tissue === "bone") reasons.push(reason("projection.boneFullLadder"));
  }
  const top = ladder.at(-1);
  if (top && top.weeklyRunMinutes < r.intake.weeklyMinutes) {
    reasons.push(
      reason("projection.volumeCapped", {
        minutes: top.weeklyRunMinutes,
        weekly: r.intake.weeklyMinutes,
        runs: top.runsPerWeek,
      }),
    );
  }
  // One date: a physio's return date is the target the levels are paced toward (pace.ts); when even
  // the fastest safe pace cannot make it, the date shown is the earliest safe one, and the reason says so.
  if (target !== null && r.completedOn === null) reasons.push(targetReason(r, target, earliest));
  const planned = target === null ? Math.max(ruleOfThumb, earliest, paced) : Math.max(target, earliest);
  const backToLevel = r.completedOn ?? planned;
  const isOverridden = target !== null;
  const daysOff = (isEstimate ? Math.max(today, r.phaseStart) : phase4Start) - r.lastRunOnDay;
  return {
    weeksOff,
    rebuildWeeks,
    phase4Start,
    ruleOfThumb,
    safety,
    backToLevel,
    isEstimate,
    isOverridden,
    fitnessLossPercent: estimateFitnessLoss(daysOff),
    reasons,
  };
}

function targetReason(r: Replay, target: Day, earliest: Day): Reason {
  if (earliest <= target) return reason("projection.physioTarget", { date: toIso(target) });
  return reason("projection.earliestSafe", {
    date: toIso(target),
    earliest: toIso(earliest),
    perWeek: r.settings.maxLevelsPerWeek,
    runs: r.settings.minRunsPerLevel,
  });
}

// Before phase 4: the ladder from its re-entry level, at the fastest safe pace and paced to the target.
function estimateLadderEnd(
  r: Replay,
  ladder: readonly LevelSpec[],
  phase4Start: Day,
  weeksOff: number,
): { earliest: Day; paced: Day } {
  const first = reentryLevel(r.intake, ladder, weeksOff) - 1;
  const min = minLevelSpacing(r);
  const spread = spreadSpacing(min, paceTarget(r, phase4Start), phase4Start, ladder.length - first - 1);
  return {
    earliest: phase4Start + ladderDays(r, ladder, first, min),
    paced: phase4Start + ladderDays(r, ladder, first, spread),
  };
}

/** Earliest phase-4 start if every remaining gate is met as soon as it can be (an estimate). */
function estimatePhase4Start(r: Replay, today: Day): Day {
  let firstOpen = r.lastReportDay === today ? today + 1 : today;
  let streak = r.status === "paused_red_flag" ? 0 : r.streak;
  let lastCounted = r.lastReportDay === today ? today : today - 1;
  for (const span of r.interruptions) {
    if (span.to >= lastCounted && span.from <= firstOpen) {
      firstOpen = Math.max(firstOpen, span.to + 1);
      lastCounted = span.to;
      streak = 0;
    }
  }
  const gate = gateFor(r.phase, r.settings);
  if (!gate) return Math.max(today, r.phaseStart);
  const gateDay =
    r.status === "awaiting_approval"
      ? today
      : Math.max(
          firstOpen,
          lastCounted + Math.max(0, gate.required - streak),
          gateClockStart(r) + gate.minDays - 1,
          r.recheckOn ?? 0,
        );
  let start = Math.max(gateDay, r.phaseStart) + 1;
  for (let phase = r.phase + 1; phase < 4; phase++) {
    const next = gateFor(phase, r.settings);
    if (next) start += Math.max(next.required, next.minDays);
  }
  return start;
}

function ladderDays(r: Replay, ladder: readonly LevelSpec[], fromIndex: number, spacing: number): number {
  let days = 0;
  for (let i = fromIndex; i < ladder.length; i++) {
    const spec = ladder[i];
    if (spec) days += minDaysAtLevel(r, spec, spacing, ladder.length);
  }
  return days;
}

function remainingDays(r: Replay, today: Day, spacing: number): number {
  const spec = currentSpec(r);
  if (!spec || !r.ladder || r.status === "completed") return 0;
  const levelEnds = levelStartDay(r) + minDaysAtLevel(r, spec, spacing, r.ladder.length);
  const restEnds = r.restUntil ?? 0;
  const current = Math.max(levelEnds, restEnds, today + 1) - today;
  return current + ladderDays(r, r.ladder, r.level, spacing);
}

/** Whole weeks without running up to `today` (the projection's weeks off count to the restart). */
export function weeksOffSoFar(r: Pick<Replay, "lastRunOnDay">, today: Day): number {
  return Math.max(0, Math.floor((today - r.lastRunOnDay) / 7));
}

/**
 * How often the expected date moved: each recorded projection against the one before it, and today's
 * date against the last one recorded. `first` is the date expected at first.
 */
export function projectionMoves(
  history: readonly { on: string; backToLevelOn: string }[],
  current: string,
): { moves: number; first: string | undefined } {
  const dates = [...history.map((p) => p.backToLevelOn), current];
  let moves = 0;
  for (let i = 1; i < dates.length; i++) if (dates[i] !== dates[i - 1]) moves += 1;
  return { moves, first: history[0]?.backToLevelOn };
}
