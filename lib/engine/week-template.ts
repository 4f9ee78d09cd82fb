// Which weekdays carry which session. Pure combinatorics over at most seven days, memoised.
import { isoWeekday } from "./calendar";

export interface RunWeekLayout {
  runDays: number[];
  strength: { day: number; load: "heavy" | "light" }[];
}

const pickCache = new Map<string, number[]>();
const layoutCache = new Map<string, RunWeekLayout>();

/** Training days the plan may use: all of them, but never all seven (seeds 000/004: one real rest day a week). */
export function usableDays(trainingDays: readonly number[]): number[] {
  const sorted = [...new Set(trainingDays)].sort((a, b) => a - b);
  return sorted.length === 7 ? sorted.slice(1) : sorted;
}

function nextWeekday(day: number): number {
  return (day % 7) + 1;
}

function adjacentPairs(days: readonly number[]): number {
  const set = new Set(days);
  let pairs = 0;
  for (const d of days) if (set.has(nextWeekday(d))) pairs++;
  return pairs;
}

function minGap(days: readonly number[]): number {
  if (days.length < 2) return 7;
  let gap = 7;
  for (let i = 0; i < days.length; i++) {
    const a = days[i] ?? 0;
    const b = days[(i + 1) % days.length] ?? 0;
    gap = Math.min(gap, (b - a + 7) % 7 || 7);
  }
  return gap;
}

function combinations(pool: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  const out: number[][] = [];
  pool.forEach((day, i) => {
    for (const rest of combinations(pool.slice(i + 1), size - 1)) out.push([day, ...rest]);
  });
  return out;
}

/**
 * Spread `count` sessions over `pool` days: fewest back-to-back days (Sunday→Monday counts),
 * then the widest gaps. With `strict`, back-to-back days are not allowed at all and fewer
 * days are returned instead (rest day between walk/run runs).
 */
export function pickDays(pool: readonly number[], count: number, strict: boolean): number[] {
  const key = `${pool.join("")}|${count}|${strict}`;
  const hit = pickCache.get(key);
  if (hit) return hit;
  let best: number[] = [];
  for (let size = Math.min(count, pool.length); size > 0; size--) {
    let bestScore = Infinity;
    for (const combo of combinations(pool, size)) {
      const score = adjacentPairs(combo) * 10 - minGap(combo);
      if (strict && adjacentPairs(combo) > 0) continue;
      if (score < bestScore) {
        bestScore = score;
        best = combo;
      }
    }
    if (best.length > 0) break;
  }
  pickCache.set(key, best);
  return best;
}

/** Most runs a week with a rest day between each, capped at three (walk/run stage). */
export function maxSpacedRuns(trainingDays: readonly number[]): number {
  return Math.max(1, pickDays(usableDays(trainingDays), 3, true).length);
}

// Strength and running (Robineau et al. 2016: ≥ 6 h, better 24 h, between strength and endurance;
// Eddens et al. 2018: strength first on a shared day): heavy leg work never on a run day nor the day before
// one (24 h before an intense run); the light session may share a run day, strength first.
export function layoutRunWeek(trainingDays: readonly number[], runs: number, strict: boolean): RunWeekLayout {
  const key = `${trainingDays.join("")}|${runs}|${strict}`;
  const hit = layoutCache.get(key);
  if (hit) return hit;
  const pool = usableDays(trainingDays);
  const runDays = pickDays(pool, runs, strict);
  const isRun = (d: number) => runDays.includes(d);
  const free = pool.filter((d) => !isRun(d));
  const strength: RunWeekLayout["strength"] = [];
  const heavy = free.find((d) => !isRun(nextWeekday(d)));
  if (heavy !== undefined) strength.push({ day: heavy, load: "heavy" });
  const taken = new Set(strength.map((s) => s.day));
  const lightPool = free.filter((d) => !taken.has(d));
  const light =
    lightPool.find((d) => heavy === undefined || (d !== nextWeekday(heavy) && heavy !== nextWeekday(d))) ??
    lightPool[0] ??
    runDays.find((d) => !taken.has(d));
  if (light !== undefined) strength.push({ day: light, load: "light" });
  if (heavy === undefined) {
    const second = lightPool.find((d) => d !== light) ?? runDays.find((d) => d !== light);
    if (second !== undefined) strength.push({ day: second, load: "light" });
  }
  const layout = { runDays, strength: strength.sort((a, b) => a.day - b.day) };
  layoutCache.set(key, layout);
  return layout;
}

/**
 * Seeds 000 and 002: no run the day after heavy leg strength. Each level's own week keeps them apart;
 * a level that changed today (a step up, or down after a break) may put a run the day after the heavy
 * day of the level before it, so that day has no run.
 */
export function followsHeavyStrength(
  trainingDays: readonly number[],
  previous: { runsPerWeek: number; stage: string } | null,
  changedOn: number | null,
  day: number,
): boolean {
  if (!previous || changedOn !== day) return false;
  const layout = layoutRunWeek(trainingDays, previous.runsPerWeek, previous.stage === "walk_run");
  const yesterday = isoWeekday(day - 1);
  return layout.strength.some((s) => s.day === yesterday && s.load === "heavy");
}
