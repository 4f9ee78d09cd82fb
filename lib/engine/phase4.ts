import { isoWeekday, toIso, type Day } from "./calendar";
import type { CheckIn } from "./check-in";
import { reason, type MessageParams, type Reason } from "./message-keys";
import type { DayJudgement, PainScoreName } from "./pain";
import type { LevelSpec } from "./plan-state-types";
import { levelLoad } from "./ladder";
import { prescribeRun } from "./run-prescription";
import {
  currentSpec,
  decide,
  lastLevelChange,
  loadCapFor,
  NIELSEN_TWO_WEEK_LIMIT,
  setLevel,
  type Replay,
} from "./replay-counters";
import { followsHeavyStrength, layoutRunWeek } from "./week-template";
import { levelSpacing, TOP_LEVEL_DAYS } from "./pace";
import { SORENESS_RULES } from "./soreness";

const GAP_DAYS = 7;
const DAYS_PER_DROPPED_LEVEL = 5;
// "Nearly the prescribed minutes" (DOMAIN §4): 90 %, so a 20-min run cut a minute or two short
// still counts while 5 minutes of a 20-minute prescription does not.
const NEARLY_FULL_SHARE = 0.9;
/** Fees et al. 1998: after next-day soreness no step up for a week. */
const NO_ADVANCE_DAYS_AFTER_SORENESS = 7;

export function levelStartDay(r: Replay): Day {
  return r.levels.at(-1)?.from ?? r.phase4Start ?? r.phaseStart;
}

/** Days a level lasts at least: its spacing (the top level: a week) and the runs it must be done (≥ 2). */
export function minDaysAtLevel(r: Replay, spec: LevelSpec, spacing: number, levels: number): number {
  const isTop = spec.level === levels;
  const runs = Math.max(r.settings.minRunsPerLevel, isTop ? spec.runsPerWeek : 0);
  return Math.max(isTop ? TOP_LEVEL_DAYS : spacing, Math.ceil((runs * 7) / Math.max(1, spec.runsPerWeek)));
}

/** Levels still to drop for the current break from running (one per 5 days once the break reaches a week). */
export function pendingGapDrop(r: Replay, day: Day): number {
  const gap = day - r.gapRef - 1;
  const desired = gap >= GAP_DAYS ? Math.floor(gap / DAYS_PER_DROPPED_LEVEL) : 0;
  const drop = Math.max(0, desired - r.gapDrops);
  r.gapDrops = Math.max(r.gapDrops, desired);
  return drop;
}

// Break in phase 4: fitness is lost within days to weeks without training (Mujika and Padilla 2000),
// and a runner who stops a run resumes a level lower (Fees et al. 1998). After a week or more without
// running, resume lower; one level per 5 days off is our conservative step, not a published number.
export function applyGapRule(r: Replay, day: Day): void {
  if (r.status !== "active" && r.status !== "completed") return;
  const drop = pendingGapDrop(r, day);
  if (drop === 0 || r.level <= 1) return;
  const before = r.level;
  setLevel(r, day, r.level - drop);
  decide(r, day, "step_back", [reason("reason.gap.stepDown", { days: day - r.gapRef - 1, levels: before - r.level })]);
}

function runMinutesOf(c: CheckIn, spec: LevelSpec | null): number {
  if (c.sessionKind === "walk_run" && spec?.walkRun) return Math.round((c.minutes * spec.walkRun.jogMinutes) / 5);
  return c.minutes;
}

/**
 * The minutes of the run planned today (as planned that morning: the level's run days, rest days,
 * a rest day between walk/run runs, every cap), against which "nearly" is measured; null when the
 * plan had no run today.
 */
export function plannedRunMinutes(r: Replay, day: Day, spec: LevelSpec, eased: boolean): number | null {
  if (r.restUntil !== null && day < r.restUntil) return null;
  if (r.lastRunDay === day || (spec.walkRun && r.lastRunDay === day - 1)) return null;
  const layout = layoutRunWeek(r.intake.trainingDays, spec.runsPerWeek, spec.stage === "walk_run");
  if (!layout.runDays.includes(isoWeekday(day))) return null;
  const change = lastLevelChange(r);
  if (followsHeavyStrength(r.intake.trainingDays, change.previous, change.on, day)) return null;
  const week = {
    runs: r.week.runs,
    runMinutes: r.week.runMinutes,
    load: r.week.load,
    loadCap: loadCapFor(r, r.week.start),
  };
  return prescribeRun(r.intake, spec, week, eased).session?.minutes ?? null;
}

/** Books a reported run into the week (minutes, load) and the break-in-running clock. */
export function recordRun(r: Replay, day: Day, c: CheckIn): void {
  r.week.runMinutes += runMinutesOf(c, currentSpec(r));
  r.week.load += c.minutes;
  r.week.runs += 1;
  r.lastRunDay = day;
  r.gapRef = day;
  r.gapDrops = 0;
}

// Soreness rules, Fees et al. 1998, decided after each run in phase 4 (the run is already recorded).
export function applyRunCheckIn(
  r: Replay,
  day: Day,
  c: CheckIn,
  judgement: DayJudgement,
  recovery: Reason[],
  prescribed: number | null,
): void {
  if (!c.soreness) {
    decide(r, day, "hold", [reason("reason.soreness.missing")]);
    return;
  }
  const rule = SORENESS_RULES[c.soreness];
  if (c.soreness === "next_day") {
    restAfterNextDaySoreness(r, day, false);
    return;
  }
  if (rule.action === "step_back") {
    const before = r.level;
    setLevel(r, day + 1, r.level - rule.levelDrop);
    r.completions = 0;
    r.restUntil = Math.max(r.restUntil ?? 0, day + rule.restDays + 1);
    const action = r.level < before ? "step_back" : "rest";
    decide(r, day, action, [reason(rule.key, { restDays: rule.restDays, level: r.level })], rule.restDays);
    return;
  }
  if (rule.action === "hold") {
    decide(r, day, "hold", [reason(rule.key)]);
    return;
  }
  if (!judgement.painFree) {
    decide(r, day, "hold", judgement.reasons);
    return;
  }
  if (!c.completed) {
    decide(r, day, "hold", [reason("reason.hold.runNotCompleted")]);
    return;
  }
  if (prescribed === null) {
    decide(r, day, "hold", [reason("reason.hold.unplannedRun")]);
    return;
  }
  if (c.minutes < Math.ceil(prescribed * NEARLY_FULL_SHARE)) {
    decide(r, day, "hold", [reason("reason.hold.runTooShort", { done: c.minutes, planned: prescribed })]);
    return;
  }
  // An eased run counts but does not advance; an eased speed run had no speed work, so it does not count.
  if (!(recovery.length > 0 && currentSpec(r)?.speed)) r.completions += 1;
  if (recovery.length > 0) {
    decide(r, day, "hold", recovery);
    return;
  }
  tryAdvance(r, day, judgement.reasons);
}

/**
 * Next-day soreness (Fees et al. 1998), or a tendon not settled by the morning (Silbernagel 2007):
 * one day off, the level's runs count again from this report, no step up for a week, and a step
 * up that run earned is undone.
 */
export function restAfterNextDaySoreness(
  r: Replay,
  day: Day,
  isAboutEarlierRun: boolean,
  isTendonMorning = false,
): void {
  r.restUntil = Math.max(r.restUntil ?? 0, day + 2);
  r.noAdvanceBefore = Math.max(r.noAdvanceBefore ?? 0, day + NO_ADVANCE_DAYS_AFTER_SORENESS);
  const advancedOnThatRun = isAboutEarlierRun && r.lastAdvanceDay !== null && r.lastAdvanceDay === r.lastRunDay;
  if (advancedOnThatRun && r.lastAdvanceFrom !== null) {
    setLevel(r, day + 1, r.lastAdvanceFrom);
    r.lastAdvanceFrom = null;
    r.completions = 0;
    const key = isTendonMorning ? "reason.tendon.morningUndo" : "reason.soreness.nextDayUndoAdvance";
    decide(r, day, "rest", [reason(key, { level: r.level, restDays: 1 })], 1);
    return;
  }
  r.completions = 0;
  decide(
    r,
    day,
    "rest",
    [reason(isTendonMorning ? "reason.tendon.morningNotCounted" : "reason.soreness.nextDay", { restDays: 1 })],
    1,
  );
}

/** Pain above 5 during or after a session or at rest (DOMAIN §5): step back a level with two rest days. */
export function stepBackForPain(r: Replay, day: Day, { which, score }: { which: PainScoreName; score: number }): void {
  const restDays = 2;
  r.restUntil = Math.max(r.restUntil ?? 0, day + restDays + 1);
  r.painHighOn = day;
  r.completions = 0;
  // Like next-day soreness (Fees et al. 1998): no step up for a week, also where no level is left to drop.
  r.noAdvanceBefore = Math.max(r.noAdvanceBefore ?? 0, day + NO_ADVANCE_DAYS_AFTER_SORENESS);
  if (r.phase === 4 && currentSpec(r)) setLevel(r, day + 1, r.level - 1);
  const params: MessageParams = r.phase === 4 ? { score, which, restDays, level: r.level } : { score, which, restDays };
  decide(
    r,
    day,
    "step_back",
    [reason(r.phase === 4 ? "reason.stepBack.painHighLevel" : "reason.stepBack.painHigh", params)],
    restDays,
  );
}

function tryAdvance(r: Replay, day: Day, notes: Reason[]): void {
  const spec = currentSpec(r);
  const ladder = r.ladder;
  if (!spec || !ladder) return;
  const started = levelStartDay(r);
  const minDays = r.level === ladder.length ? TOP_LEVEL_DAYS : levelSpacing(r, started);
  const required =
    r.level === ladder.length ? Math.max(r.settings.minRunsPerLevel, spec.runsPerWeek) : r.settings.minRunsPerLevel;
  if (r.completions < required) {
    const key = r.level === ladder.length ? "reason.level.top" : "reason.level.needsMoreRuns";
    decide(r, day, "hold", [reason(key, { done: r.completions, required }), ...notes]);
    return;
  }
  if (r.noAdvanceBefore !== null && day < r.noAdvanceBefore) {
    decide(r, day, "hold", [reason("reason.level.afterSoreness", { nextOn: toIso(r.noAdvanceBefore) }), ...notes]);
    return;
  }
  if (day - started + 1 < minDays) {
    decide(r, day, "hold", [reason("reason.level.weeklyLimit", { nextOn: toIso(started + minDays - 1) }), ...notes]);
    return;
  }
  if (r.level === ladder.length && r.status === "completed") {
    decide(r, day, "hold", [reason("reason.level.maintain"), ...notes]);
    return;
  }
  if (r.level === ladder.length) {
    r.status = "completed";
    r.completedOn = day;
    decide(r, day, "advance", [reason("reason.completed")]);
    return;
  }
  const next = ladder[r.level];
  // Nielsen et al. 2014: the next level's first full week is next week, two weeks after last week.
  // Only a level that adds load is held; a same-load step (walk/run) is trimmed by the weekly cap.
  const lastWeek = r.loadByWeek.get(r.week.start - 7);
  const adds = next !== undefined && levelLoad(next) > levelLoad(spec);
  if (
    next &&
    adds &&
    lastWeek?.isBase &&
    lastWeek.load > 0 &&
    levelLoad(next) > lastWeek.load * NIELSEN_TWO_WEEK_LIMIT
  ) {
    decide(r, day, "hold", [reason("reason.level.nielsen"), ...notes]);
    return;
  }
  r.lastAdvanceFrom = r.level;
  r.lastAdvanceDay = day;
  setLevel(r, day + 1, r.level + 1);
  decide(r, day, "advance", [reason("reason.level.advanced", { level: r.level }), ...notes]);
}
