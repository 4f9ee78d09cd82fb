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
  const { which, score } = highestPain(c);
  if (score > tolerance)
    return { painFree: false, reasons: [reason("reason.hold.painReported", { score, which, tolerance })] };
  return { painFree: true, reasons: [] };
}

/** The most load pain the tendon model accepts during and after a session. */
const TENDON_LOAD_LIMIT = 5;

/** Pain above this after a session or at rest steps back with rest days (DOMAIN §5). */
export const PAIN_HIGH_LIMIT = 5;

// Pain-monitoring model, Silbernagel et al. 2007: up to 5/10 during and after loading is
// acceptable when rest pain stays at the runner's baseline, the morning score is back at the
// baseline (yesterday's load settled overnight) and neither load pain nor rest/morning pain rises
// week on week.
export function judgeTendonDay(c: CheckIn, baseline: number, isRisingWeekOnWeek: boolean): DayJudgement {
  if (hasFlag(c)) return { painFree: false, reasons: [reason("reason.hold.flagReported")] };
  if (c.painRest > baseline) {
    return {
      painFree: false,
      reasons: [reason("reason.hold.painReported", { score: c.painRest, which: "rest", tolerance: baseline })],
    };
  }
  if (c.painMorning > baseline) return { painFree: false, reasons: [reason("reason.hold.tendonMorning")] };
  const load = highestPain(c, ["during", "after"]);
  if (load.score > TENDON_LOAD_LIMIT) {
    return {
      painFree: false,
      reasons: [reason("reason.hold.painReported", { ...load, tolerance: TENDON_LOAD_LIMIT })],
    };
  }
  if (isRisingWeekOnWeek) return { painFree: false, reasons: [reason("reason.hold.tendonRising")] };
  return {
    painFree: true,
    reasons: load.score > baseline ? [reason("reason.hold.tendonOk", { score: load.score })] : [],
  };
}
