import { toIso, type Day } from "./calendar";
import type { CheckIn } from "./check-in";
import { reason, type Reason } from "./message-keys";
import type { DayJudgement } from "./pain";
import type { LevelSpec } from "./plan-state";
import { currentSpec, decide, setLevel, type Replay } from "./replay-state";
import { SORENESS_RULES } from "./soreness";

const GAP_DAYS = 7;
const DAYS_PER_DROPPED_LEVEL = 5;
const NIELSEN_TWO_WEEK_LIMIT = 1.3;

export function levelStartDay(r: Replay): Day {
  return r.levels.at(-1)?.from ?? r.phase4Start ?? r.phaseStart;
}

/** Days a level lasts at least: the weekly limit and the runs it must be done (each level ≥ 2 runs). */
export function minDaysAtLevel(r: Replay, spec: LevelSpec): number {
  const spacing = Math.ceil(7 / r.settings.maxLevelsPerWeek);
  const runs = Math.max(r.settings.minRunsPerLevel, spec.level === (r.ladder?.length ?? 0) ? spec.runsPerWeek : 0);
  return Math.max(spacing, Math.ceil((runs * 7) / Math.max(1, spec.runsPerWeek)));
}

/** Levels still to drop for the current break from running (one per 5 days once the break reaches a week). */
export function pendingGapDrop(r: Replay, day: Day): number {
  const gap = day - r.gapRef - 1;
  const desired = gap >= GAP_DAYS ? Math.floor(gap / DAYS_PER_DROPPED_LEVEL) : 0;
  const drop = Math.max(0, desired - r.gapDrops);
  r.gapDrops = Math.max(r.gapDrops, desired);
  return drop;
}

// Break in phase 4 (published return-to-run practice): after a week or more without running,
// resume lower, one level per 5 days off.
export function applyGapRule(r: Replay, day: Day): void {
  if (r.status !== "active") return;
  const drop = pendingGapDrop(r, day);
  if (drop === 0 || r.level <= 1) return;
  const before = r.level;
  setLevel(r, day, r.level - drop);
  decide(r, day, "step_back", [reason("reason.gap.stepDown", { days: day - r.gapRef - 1, levels: before - r.level })]);
}

export function runMinutesOf(c: CheckIn, spec: LevelSpec | null): number {
  if (c.sessionKind === "walk_run" && spec?.walkRun) return Math.round((c.minutes * spec.walkRun.jogMinutes) / 5);
  return c.minutes;
}

// Soreness rules, Fees et al. 1998, decided after each run in phase 4.
export function applyRunCheckIn(r: Replay, day: Day, c: CheckIn, judgement: DayJudgement, recovery: Reason[]): void {
  const spec = currentSpec(r);
  r.week.runMinutes += runMinutesOf(c, spec);
  r.week.runs += 1;
  r.lastRunDay = day;
  r.gapRef = day;
  r.gapDrops = 0;
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
  r.completions += 1;
  if (recovery.length > 0) {
    decide(r, day, "hold", recovery);
    return;
  }
  tryAdvance(r, day, judgement.reasons);
}

/** Next-day soreness (Fees et al. 1998): one day off and no advance; undo an advance that run earned. */
export function restAfterNextDaySoreness(r: Replay, day: Day, isAboutEarlierRun: boolean): void {
  r.restUntil = Math.max(r.restUntil ?? 0, day + 2);
  const advancedOnThatRun = isAboutEarlierRun && r.lastAdvanceDay !== null && r.lastAdvanceDay === r.lastRunDay;
  if (advancedOnThatRun && r.lastAdvanceFrom !== null) {
    setLevel(r, day + 1, r.lastAdvanceFrom);
    r.lastAdvanceFrom = null;
    decide(r, day, "rest", [reason("reason.soreness.nextDayUndoAdvance", { level: r.level, restDays: 1 })], 1);
    return;
  }
  if (isAboutEarlierRun) r.completions = Math.max(0, r.completions - 1);
  decide(r, day, "rest", [reason("reason.soreness.nextDay", { restDays: 1 })], 1);
}

function tryAdvance(r: Replay, day: Day, notes: Reason[]): void {
  const spec = currentSpec(r);
  const ladder = r.ladder;
  if (!spec || !ladder) return;
  const started = levelStartDay(r);
  const minDays = r.level === ladder.length ? 7 : Math.ceil(7 / r.settings.maxLevelsPerWeek);
  const required = r.level === ladder.length ? Math.max(r.settings.minRunsPerLevel, spec.runsPerWeek) : r.settings.minRunsPerLevel;
  if (r.completions < required) {
    const key = r.level === ladder.length ? "reason.level.top" : "reason.level.needsMoreRuns";
    decide(r, day, "hold", [reason(key, { done: r.completions, required }), ...notes]);
    return;
  }
  if (day - started + 1 < minDays) {
    decide(r, day, "hold", [reason("reason.level.weeklyLimit", { nextOn: toIso(started + minDays - 1) }), ...notes]);
    return;
  }
  if (r.level === ladder.length) {
    r.status = "completed";
    r.completedOn = day;
    decide(r, day, "advance", [reason("reason.completed")]);
    return;
  }
  const next = ladder[r.level];
  const before = weeklyAt(r, day - 13);
  if (next && next.stage === "continuous" && before > 0 && next.weeklyRunMinutes > before * NIELSEN_TWO_WEEK_LIMIT) {
    decide(r, day, "hold", [reason("reason.level.nielsen"), ...notes]);
    return;
  }
  r.lastAdvanceFrom = r.level;
  r.lastAdvanceDay = day;
  setLevel(r, day + 1, r.level + 1);
  decide(r, day, "advance", [reason("reason.level.advanced", { level: r.level }), ...notes]);
}

// Nielsen et al. 2014: compare with the weekly running of the level in effect two weeks earlier.
function weeklyAt(r: Replay, day: Day): number {
  if (r.phase4Start === null || day < r.phase4Start) return 0;
  for (let i = r.levels.length - 1; i >= 0; i--) {
    const entry = r.levels[i];
    if (!entry || entry.from > day) continue;
    const spec = r.ladder?.[entry.level - 1];
    // Walk/run weeks are not yet a running base: the rule applies once running is continuous.
    return spec && spec.stage === "continuous" ? spec.weeklyRunMinutes : 0;
  }
  return 0;
}
