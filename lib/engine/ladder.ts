import { reason } from "./message-keys";
import type { LevelSpec } from "./plan-state";

export interface LadderInput {
  /** Pre-injury weekly running minutes: the ladder ends exactly here, never above. */
  weeklyMinutes: number;
  /** Runs a week the runner's training days allow with a rest day between (walk/run stage). */
  spacedRuns: number;
  /** Most runs a week in the continuous stage (pre-injury runs, limited by training days). */
  maxRuns: number;
  /** 2 × weeks off: the horizon the ladder is spread over. */
  rebuildWeeks: number;
}

const BLOCKS = 4;
const BLOCK_MINUTES = 5;
const JOG_STEP = 0.5;
const JOG_STEPS = 9; // 0.5 … 4.5 min jogging per 5-min block; 5 of 5 is continuous running
// Nielsen et al. 2014: a rise over 30 % in two weeks is linked to injury. At one level a week,
// √1.3 ≈ 1.14 per level keeps any two-week rise at or under 30 %.
export const NIELSEN_WEEKLY_RATIO = Math.sqrt(1.3);
const RUN_SPLIT_MINUTES = 30; // add a run rather than lengthen runs past half an hour

const cache = new Map<string, LevelSpec[]>();

// Walk/run ladder (physioadvisor: four 5-min blocks, jog share 0.5 → 5 min in 0.5 steps), then
// continuous running growing to exactly the pre-injury weekly volume. The number of levels
// follows the rule of thumb (about one level a week over 2 × weeks off); the ladder is never
// shorter than the safety limits allow, in which case the projection moves instead.
export function buildLadder(input: LadderInput): LevelSpec[] {
  const key = `${input.weeklyMinutes}|${input.spacedRuns}|${input.maxRuns}|${input.rebuildWeeks}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ladder = [...buildWalkRunLevels(input)];
  const lastWeekly = ladder.at(-1)?.weeklyRunMinutes ?? 0;
  ladder.push(...buildContinuousLevels(input, lastWeekly, ladder.length));
  const numbered = ladder.map((spec, index) => ({ ...spec, level: index + 1 }));
  cache.set(key, numbered);
  return numbered;
}

function buildWalkRunLevels(input: LadderInput): LevelSpec[] {
  const count = Math.min(JOG_STEPS, Math.max(3, Math.round(input.rebuildWeeks / 2)));
  const levels: LevelSpec[] = [];
  for (let k = 0; k < count; k++) {
    const jog = JOG_STEP * (1 + Math.round((k * (JOG_STEPS - 1)) / (count - 1)));
    const perRun = BLOCKS * jog;
    const runs = Math.min(Math.max(1, input.spacedRuns), Math.floor(input.weeklyMinutes / perRun));
    if (runs < 1) break;
    const walkRun = { blocks: BLOCKS, jogMinutes: jog, walkMinutes: BLOCK_MINUTES - jog };
    levels.push({
      level: 0,
      stage: "walk_run",
      runsPerWeek: runs,
      walkRun,
      runMinutes: Array.from({ length: runs }, () => perRun),
      weeklyRunMinutes: perRun * runs,
      description: reason("level.walkRun", { blocks: BLOCKS, jog, walk: walkRun.walkMinutes, runs }),
    });
  }
  return levels;
}

function buildContinuousLevels(input: LadderInput, lastWeekly: number, walkRunCount: number): LevelSpec[] {
  const target = input.weeklyMinutes;
  const start = Math.min(target, Math.max(BLOCKS * BLOCK_MINUTES, Math.round(lastWeekly * NIELSEN_WEEKLY_RATIO)));
  const safeSteps = start < target ? Math.ceil(Math.log(target / start) / Math.log(NIELSEN_WEEKLY_RATIO)) : 0;
  const count = Math.max(safeSteps + 1, input.rebuildWeeks - walkRunCount, 1);
  const levels: LevelSpec[] = [];
  for (let k = 0; k < count; k++) {
    const weekly = k === count - 1 ? target : Math.round(start * Math.pow(target / start, k / (count - 1)));
    const runs = Math.min(Math.max(1, input.maxRuns), Math.max(1, Math.ceil(weekly / RUN_SPLIT_MINUTES)));
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
