import type { CheckIn } from "./check-in";
import { reason, type Reason } from "./message-keys";

export function painPeak(c: CheckIn): number {
  return Math.max(c.painRest, c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning);
}

export type PainScoreName = "rest" | "during" | "after" | "morning";
const painScoreOf: Record<PainScoreName, (c: CheckIn) => number> = {
  rest: (c) => c.painRest,
  // Not asked on a rest day: no session, no pain during or after one.
  during: (c) => c.painDuring ?? 0,
  after: (c) => c.painAfter ?? 0,
  morning: (c) => c.painMorning,
};

/** The highest of the named pain scores and which one it is (on a tie, the first named), so a decision can quote it. */
export function highestPain(
  c: CheckIn,
  among: readonly PainScoreName[] = ["rest", "during", "after", "morning"],
): { which: PainScoreName; score: number } {
  let best = { which: among[0] ?? "rest", score: -1 };
  for (const which of among) {
    const score = painScoreOf[which](c);
    if (score > best.score) best = { which, score };
  }
  return best;
}

/** The pain during and after the day's session; undefined on a rest day, where they are not asked. */
/** One pain score read against the limit it is judged by. */
export type PainCheck = { which: PainScoreName; score: number; limit: number };
export type PainLimits = Record<PainScoreName, number>;
const PAIN_ORDER: readonly PainScoreName[] = ["rest", "during", "after", "morning"];
const painAsked: Record<PainScoreName, (c: CheckIn) => number | undefined> = {
  rest: (c) => c.painRest,
  during: (c) => c.painDuring,
  after: (c) => c.painAfter,
  morning: (c) => c.painMorning,
};

/** DOMAIN §3: every score against the runner's one tolerance. */
export function standardLimits(tolerance: number): PainLimits {
  return { rest: tolerance, during: tolerance, after: tolerance, morning: tolerance };
}

/**
 * Silbernagel et al. 2007 (pain-monitoring model): rest and morning pain against the runner's
 * baseline, pain during and after loading against 5/10.
 */
export function tendonLimits(baseline: number): PainLimits {
  return { rest: baseline, during: TENDON_LOAD_LIMIT, after: TENDON_LOAD_LIMIT, morning: baseline };
}

/**
 * The scores that decide a day: each asked score above its own limit, in the order the runner gives
 * them (rest, during, after, morning). A decision quotes every one of them with its limit.
 */
export function scoresOverLimits(c: CheckIn, limits: PainLimits): PainCheck[] {
  return PAIN_ORDER.flatMap((which) => {
    const score = painAsked[which](c);
    return score !== undefined && score > limits[which] ? [{ which, score, limit: limits[which] }] : [];
  });
}

const overReasons = (over: readonly PainCheck[]): Reason[] =>
  over.map(({ which, score, limit }) => reason("reason.hold.painReported", { score, which, tolerance: limit }));

export function loadPain(c: CheckIn): number | undefined {
  if (c.painDuring === undefined && c.painAfter === undefined) return undefined;
  return Math.max(c.painDuring ?? 0, c.painAfter ?? 0);
}

function hasFlag(c: CheckIn): boolean {
  return (
    c.swelling ||
    c.nightPain ||
    c.limping ||
    c.boneTenderness ||
    c.numbness === true ||
    c.feelingIll === true ||
    c.hotSwollenCalf === true ||
    c.suddenSharpPain === true
  );
}

export interface DayJudgement {
  painFree: boolean;
  reasons: Reason[];
}

// Pain-free day, DOMAIN §3: every pain score at or below the tolerance and no flag set.
export function judgeStandardDay(c: CheckIn, tolerance: number): DayJudgement {
  if (hasFlag(c)) return { painFree: false, reasons: [reason("reason.hold.flagReported")] };
  const over = scoresOverLimits(c, standardLimits(tolerance));
  if (over.length > 0) return { painFree: false, reasons: overReasons(over) };
  return { painFree: true, reasons: [] };
}

/** The most load pain the tendon model accepts during and after a session. */
export const TENDON_LOAD_LIMIT = 5;

/** Pain above this after a session or at rest steps back with rest days (DOMAIN §5). */
export const PAIN_HIGH_LIMIT = 5;

// Pain-monitoring model, Silbernagel et al. 2007: up to 5/10 during and after loading is
// acceptable when rest pain stays at the runner's baseline, the morning score is back at the
// baseline (yesterday's load settled overnight) and neither load pain nor rest/morning pain rises
// week on week.
export function judgeTendonDay(c: CheckIn, baseline: number, isRisingWeekOnWeek: boolean): DayJudgement {
  if (hasFlag(c)) return { painFree: false, reasons: [reason("reason.hold.flagReported")] };
  // Every score above its own limit is named, not only the highest: rest 1, during 4, after 3 and
  // waking 2 on a baseline of 0 quotes the rest and the waking score, each against the baseline.
  const over = scoresOverLimits(c, tendonLimits(baseline));
  if (over.length > 0) {
    const unsettled = over.some((o) => o.which === "morning") ? [reason("reason.hold.tendonMorning")] : [];
    return { painFree: false, reasons: [...overReasons(over), ...unsettled] };
  }
  const load = highestPain(c, ["during", "after"]);
  if (isRisingWeekOnWeek) return { painFree: false, reasons: [reason("reason.hold.tendonRising")] };
  return {
    painFree: true,
    reasons: load.score > baseline ? [reason("reason.hold.tendonOk", { score: load.score })] : [],
  };
}
