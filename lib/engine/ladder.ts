import { reason } from "./message-keys";
import type { LevelSpec } from "./plan-state-types";
import { SPEED_STEPS, withSpeedStage } from "./speed-stage";

export interface LadderInput {
  /** Pre-injury weekly running minutes: the ladder ends exactly here, never above. */
  weeklyMinutes: number;
  /** Runs a week the runner's training days allow with a rest day between (walk/run stage). */
  spacedRuns: number;
  /** Most runs a week in the continuous stage (pre-injury runs, limited by training days). */
  maxRuns: number;
  /** 2 × weeks off: the horizon the ladder is spread over. */
  rebuildWeeks: number;
  /** Longest pre-injury run: no run (walk/run session included) is ever longer. Defaults to the weekly minutes. */
  longestRunMinutes?: number;
  /** End with the hamstring speed stage (speed-stage.ts): one speed step on each of the last levels. */
  speedStage?: boolean;
}

const BLOCKS = 4;
const BLOCK_MINUTES = 5;
const JOG_STEP = 0.5;
const JOG_STEPS = 9; // 0.5 … 4.5 min jogging per 5-min block; 5 of 5 is continuous running
// Published walk/run ladders add 0.5–1 min of jogging per block per step: at least 5 steps from 0.5 to 4.5.
const MIN_WALK_RUN_LEVELS = 5;
// Nielsen et al. 2014: a rise over 30 % in two weeks is linked to injury. At one level a week,
// √1.3 ≈ 1.14 per level keeps any two-week rise at or under 30 %.
export const NIELSEN_WEEKLY_RATIO = Math.sqrt(1.3);
const RUN_SPLIT_MINUTES = 30; // add a run rather than lengthen runs past half an hour

const cache = new Map<string, LevelSpec[]>();

/** The most running a week the runner's days allow: runs a week × longest pre-injury run, never above the old week. */
function reachableWeeklyMinutes(input: LadderInput): number {
  const longest = input.longestRunMinutes ?? input.weeklyMinutes;
  return Math.min(input.weeklyMinutes, Math.max(1, input.maxRuns) * longest);
}

/**
 * Weekly running load for the 30 % rule (Nielsen 2014): minutes of the running sessions. A walk/run
 * session counts whole (time on feet), so 0.5-min jog steps keep it level and the step from
 * walk/run to continuous running is measured against what the runner really did.
 */
export function levelLoad(spec: LevelSpec): number {
  return spec.walkRun ? spec.runsPerWeek * spec.walkRun.blocks * BLOCK_MINUTES : spec.weeklyRunMinutes;
}

// Walk/run ladder (Warden et al. 2014, Liem et al. 2013: walk/jog intervals on alternate days first;
// here four 5-min blocks, jog share 0.5 → 5 min in 0.5 steps), then
// continuous running growing to exactly the pre-injury weekly volume. The number of levels
// follows the rule of thumb (about one level a week over 2 × weeks off); the ladder is never
// shorter than the safety limits allow, in which case the projection moves instead.
export function buildLadder(input: LadderInput): LevelSpec[] {
  const key = `${input.weeklyMinutes}|${input.spacedRuns}|${input.maxRuns}|${input.rebuildWeeks}|${input.longestRunMinutes}|${input.speedStage}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ladder = [...buildWalkRunLevels(input)];
  const last = ladder.at(-1);
  const continuous = buildContinuousLevels(input, last ? levelLoad(last) : 0, ladder.length);
  ladder.push(...(input.speedStage ? withSpeedStage(continuous) : continuous));
  const numbered = ladder.map((spec, index) => ({ ...spec, level: index + 1 }));
  cache.set(key, numbered);
  return numbered;
}

function buildWalkRunLevels(input: LadderInput): LevelSpec[] {
  // With at least 5 levels each step adds 0.5 or 1 min of jogging per block, never more.
  const count = Math.min(JOG_STEPS, Math.max(MIN_WALK_RUN_LEVELS, Math.round(input.rebuildWeeks / 2)));
  // No session longer than the longest pre-injury run: fewer blocks when that run was short.
  const blocks = Math.min(
    BLOCKS,
    Math.max(1, Math.floor((input.longestRunMinutes ?? input.weeklyMinutes) / BLOCK_MINUTES)),
  );
  const levels: LevelSpec[] = [];
  for (let k = 0; k < count; k++) {
    const jog = JOG_STEP * (1 + Math.round((k * (JOG_STEPS - 1)) / (count - 1)));
    const perRun = blocks * jog;
    const runs = Math.min(Math.max(1, input.spacedRuns), Math.floor(input.weeklyMinutes / perRun));
    if (runs < 1) break;
    const walkRun = { blocks, jogMinutes: jog, walkMinutes: BLOCK_MINUTES - jog };
    levels.push({
      level: 0,
      stage: "walk_run",
      runsPerWeek: runs,
      walkRun,
      runMinutes: Array.from({ length: runs }, () => perRun),
      weeklyRunMinutes: perRun * runs,
      description: reason("level.walkRun", { blocks, jog, walk: walkRun.walkMinutes, runs }),
    });
  }
  return levels;
}

function buildContinuousLevels(input: LadderInput, lastLoad: number, walkRunCount: number): LevelSpec[] {
  const target = reachableWeeklyMinutes(input);
  const longest = input.longestRunMinutes ?? input.weeklyMinutes;
  const floor = lastLoad > 0 ? Math.floor(lastLoad * NIELSEN_WEEKLY_RATIO) : BLOCKS * BLOCK_MINUTES;
  const start = Math.min(target, Math.max(5, floor));
  const safeSteps = start < target ? Math.ceil(Math.log(target / start) / Math.log(NIELSEN_WEEKLY_RATIO)) : 0;
  const speedLevels = input.speedStage ? SPEED_STEPS.length : 1;
  const count = Math.max(safeSteps + 1, input.rebuildWeeks - walkRunCount, speedLevels);
  const levels: LevelSpec[] = [];
  for (let k = 0; k < count; k++) {
    const weekly = k === count - 1 ? target : Math.round(start * Math.pow(target / start, k / (count - 1)));
    const needed = Math.max(Math.ceil(weekly / RUN_SPLIT_MINUTES), Math.ceil(weekly / longest));
    const runs = Math.min(Math.max(1, input.maxRuns), Math.max(1, needed));
    const runMinutes = splitMinutes(weekly, runs);
    levels.push({
      level: 0,
      stage: "continuous",
      runsPerWeek: runs,
      walkRun: null,
      runMinutes,
      weeklyRunMinutes: weekly,
      description: reason("level.continuous", { runs, minutes: runMinutes[0] ?? weekly }),
    });
  }
  return levels;
}

function splitMinutes(total: number, runs: number): number[] {
  const base = Math.floor(total / runs);
  const extra = total - base * runs;
  return Array.from({ length: runs }, (_, i) => base + (i < extra ? 1 : 0));
}
