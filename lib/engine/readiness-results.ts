import type { CheckIn, ReadinessTests } from "./check-in";
import type { PlanEvent } from "./plan-event";
import { passesReadinessTest, readinessPainLimit, type ReadinessTestId } from "./readiness";

/** What one readiness test asks (Goom et al. 2016; hamstring: Freckleton et al. 2014, Hickey et al. 2017). */
export type ReadinessCriterion =
  | { kind: "minutes"; minutes: number }
  | { kind: "eachSide"; reps: number }
  | { kind: "hops"; count: number; seconds: number }
  | { kind: "painOnly" };

export const readinessCriteria: Record<ReadinessTestId, ReadinessCriterion> = {
  walk: { kind: "minutes", minutes: 30 },
  calfRaise: { kind: "eachSide", reps: 20 },
  singleLegSquat: { kind: "eachSide", reps: 10 },
  hop: { kind: "hops", count: 10, seconds: 30 },
  bridge: { kind: "eachSide", reps: 20 },
  kneeFlexion: { kind: "painOnly" },
};

// Limb symmetry index, Thomeé et al. 2011 (KSSTA 19:1798-1805) and Silbernagel et al. 2006 (KSSTA 14:1207-1217, heel-rise
// test): the weaker side as a percentage of the stronger one, below 90 % not yet symmetric. The plan does
// not record which side is injured, so the weaker side is compared with the stronger. Shown to the physio
// beside each two-sided test; it does not open or close the gate on its own (Goom's counts do).
export const LSI_TARGET = 90;

export function limbSymmetryIndex(left: number, right: number): number | null {
  const stronger = Math.max(left, right);
  if (stronger === 0) return null;
  return Math.round((Math.min(left, right) / stronger) * 100);
}

/** One attempt at one test: what was measured, by whom, and whether it met the criterion. */
export interface ReadinessAttempt {
  on: string;
  source: "runner" | "clinic";
  left: number | null;
  right: number | null;
  minutes: number | null;
  count: number | null;
  seconds: number | null;
  pain: number;
  lsi: number | null;
  passed: boolean;
}

function attemptsIn(tests: ReadinessTests, on: string, source: ReadinessAttempt["source"], limit: number) {
  const found: [ReadinessTestId, ReadinessAttempt][] = [];
  for (const [key, raw] of Object.entries(tests)) {
    if (!raw) continue;
    const id = key as ReadinessTestId;
    const value = raw as { left?: number; right?: number; minutes?: number; count?: number; seconds?: number };
    const sided = value.left !== undefined && value.right !== undefined;
    found.push([
      id,
      {
        on,
        source,
        left: value.left ?? null,
        right: value.right ?? null,
        minutes: value.minutes ?? null,
        count: value.count ?? null,
        seconds: value.seconds ?? null,
        pain: raw.pain,
        lsi: sided ? limbSymmetryIndex(value.left!, value.right!) : null,
        passed: passesReadinessTest(id, tests, limit) === true,
      },
    ]);
  }
  return found;
}

/**
 * Every attempt at each readiness test, oldest first: the runner's reports and the tests the physio
 * measured in the practice, judged against the plan's pain limit for readiness (Goom: ≤ 2/10 or lower).
 */
export function readinessAttempts(input: {
  checkIns: readonly Pick<CheckIn, "date" | "readiness">[];
  events: readonly PlanEvent[];
  tolerance: number;
}): Partial<Record<ReadinessTestId, ReadinessAttempt[]>> {
  const limit = readinessPainLimit(input.tolerance);
  const all: [ReadinessTestId, ReadinessAttempt][] = [];
  for (const c of input.checkIns) if (c.readiness) all.push(...attemptsIn(c.readiness, c.date, "runner", limit));
  for (const e of input.events)
    if (e.kind === "clinic_tests") all.push(...attemptsIn(e.tests, e.date, "clinic", limit));
  all.sort(([, a], [, b]) => a.on.localeCompare(b.on) || (a.source === b.source ? 0 : a.source === "runner" ? -1 : 1));
  const byTest: Partial<Record<ReadinessTestId, ReadinessAttempt[]>> = {};
  for (const [id, attempt] of all) (byTest[id] ??= []).push(attempt);
  return byTest;
}
