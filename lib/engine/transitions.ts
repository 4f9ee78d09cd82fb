import type { Day } from "./calendar";
import { noReadinessPasses } from "./readiness";
import { buildLadder, levelLoad } from "./ladder";
import { reentryLevel } from "./reentry";
import type { LevelSpec } from "./plan-state-types";
import { setLevel, type PhaseVia, type Replay } from "./replay-counters";
import { hasSpeedStage } from "./speed-stage";
import { maxSpacedRuns, usableDays } from "./week-template";

/** Rule of thumb, seed 003: weeks off are the whole weeks from the last normal run to phase 4. */
export function weeksOffUntil(r: Replay, phase4Start: Day): number {
  return Math.max(0, Math.floor((phase4Start - r.lastRunOnDay) / 7));
}

/** Runs a week in the continuous stage: the pre-injury runs, within the usable training days. */
function maxRunsPerWeek(intake: Replay["intake"]): number {
  return Math.min(intake.runsPerWeek, usableDays(intake.trainingDays).length);
}

export function ladderFor(r: Replay, rebuildWeeks: number): LevelSpec[] {
  const hit = r.ladderCache.get(rebuildWeeks);
  if (hit) return hit;
  const { intake } = r;
  const ladder = buildLadder({
    weeklyMinutes: intake.weeklyMinutes,
    spacedRuns: maxSpacedRuns(intake.trainingDays),
    maxRuns: maxRunsPerWeek(intake),
    rebuildWeeks,
    longestRunMinutes: intake.longestRunMinutes,
    speedStage: hasSpeedStage(intake),
  });
  r.ladderCache.set(rebuildWeeks, ladder);
  return ladder;
}

// Phases strictly in order (DOMAIN §1); a new phase starts with a fresh pain-free streak.
export function enterPhase(r: Replay, phase: number, day: Day, via: PhaseVia): void {
  r.phase = phase;
  r.phaseStart = day;
  r.pending = null;
  r.recheckOn = null;
  r.streak = 0;
  if (r.status === "awaiting_approval") r.status = "active";
  if (phase === 3) r.readiness = noReadinessPasses(r.intake);
  const last = r.phases.at(-1);
  if (last && last.start === day) r.phases.pop();
  r.phases.push({ phase, start: day, via });
  if (phase === 4) enterPhase4(r, day);
  else if (r.phase4Start !== null) leavePhase4(r);
}

function enterPhase4(r: Replay, day: Day): void {
  const weeksOff = weeksOffUntil(r, day);
  r.phase4Start = day;
  r.ladder = ladderFor(r, 2 * weeksOff);
  r.level = 0;
  setLevel(r, day, reentryLevel(r.intake, r.ladder, weeksOff));
  const entry = r.ladder[r.level - 1];
  r.reentryLoad = entry ? levelLoad(entry) : null;
  r.completions = 0;
  r.lastAdvanceDay = null;
  r.lastAdvanceFrom = null;
  r.lastRunDay = null;
  r.gapRef = day - 1;
  r.gapDrops = 0;
  r.restUntil = null;
}

/** Undo the last phase change (it opened today): back to the phase before, as it was, with a fresh streak. */
export function returnToPhase(r: Replay, before: { phase: number; start: Day }): void {
  r.phases.pop();
  r.phase = before.phase;
  r.phaseStart = before.start;
  r.streak = 0;
  r.pending = null;
  r.recheckOn = null;
  // Readiness tests count from the current stint in phase 3 only (issue rule, DOMAIN §1): done again.
  if (r.phase === 3) r.readiness = noReadinessPasses(r.intake);
  if (r.phase4Start !== null) leavePhase4(r);
}

function leavePhase4(r: Replay): void {
  r.phase4Start = null;
  r.reentryLoad = null;
  r.ladder = null;
  r.level = 0;
  r.restUntil = null;
}
