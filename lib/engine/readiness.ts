import type { ReadinessTests } from "./check-in";
import type { Intake } from "./intake";
import { reason, type Reason } from "./message-keys";

export const readinessTestIdList = ["walk", "calfRaise", "singleLegSquat", "hop", "bridge", "kneeFlexion"] as const;
export type ReadinessTestId = (typeof readinessTestIdList)[number];

/** Which tests passed in the current stint in phase 3; holds exactly the tests that apply. */
export type ReadinessPasses = Partial<Record<ReadinessTestId, boolean>>;

const GOOM_TESTS: readonly ReadinessTestId[] = ["walk", "calfRaise", "singleLegSquat", "hop"];
const HAMSTRING_TESTS: readonly ReadinessTestId[] = [...GOOM_TESTS, "bridge", "kneeFlexion"];

// Readiness to run for every runner (Hegedus et al. 2021: running returns in stages, each entered on
// criteria of pain, strength and function; the counts are T. Goom's clinical criteria); a hamstring adds the
// single-leg bridge (Freckleton et al. 2014) and pain-free resisted knee flexion (Hickey et al. 2017).
// A calf strain is covered by Goom's own calf raises and hops.
export function readinessTestsFor(intake: Pick<Intake, "site">): ReadinessTestId[] {
  return [...(intake.site === "hamstring" ? HAMSTRING_TESTS : GOOM_TESTS)];
}

export function noReadinessPasses(intake: Pick<Intake, "site">): ReadinessPasses {
  return Object.fromEntries(readinessTestsFor(intake).map((id) => [id, false]));
}

/** The library exercise that explains each test (the readiness_tests session lists them in order). */
export const readinessExerciseIds: Record<ReadinessTestId, string> = {
  walk: "test-brisk-walk",
  calfRaise: "test-calf-raise",
  singleLegSquat: "test-single-leg-squat",
  hop: "test-hop",
  bridge: "test-single-leg-bridge",
  kneeFlexion: "test-knee-flexion",
};

/** Goom's readiness tests accept pain up to 2/10, or the plan's tolerance when that is lower. */
export function readinessPainLimit(tolerance: number): number {
  return Math.min(2, tolerance);
}

/** Fewer than 20 single-leg bridges a side goes with hamstring injury (Freckleton et al. 2014). */
const BRIDGE_REPS = 20;

/** Whether one test in a report meets its criterion at this pain limit; undefined when it was not done. */
export function passesReadinessTest(id: ReadinessTestId, tests: ReadinessTests, limit: number): boolean | undefined {
  switch (id) {
    case "walk":
      return tests.walk && tests.walk.minutes >= 30 && tests.walk.pain <= limit;
    case "calfRaise":
      return (
        tests.calfRaise && Math.min(tests.calfRaise.left, tests.calfRaise.right) >= 20 && tests.calfRaise.pain <= limit
      );
    case "singleLegSquat":
      return (
        tests.singleLegSquat &&
        Math.min(tests.singleLegSquat.left, tests.singleLegSquat.right) >= 10 &&
        tests.singleLegSquat.pain <= limit
      );
    case "hop":
      return tests.hop && ((tests.hop.count ?? 0) >= 10 || (tests.hop.seconds ?? 0) >= 30) && tests.hop.pain <= limit;
    case "bridge":
      return (
        tests.bridge && Math.min(tests.bridge.left, tests.bridge.right) >= BRIDGE_REPS && tests.bridge.pain <= limit
      );
    case "kneeFlexion":
      return tests.kneeFlexion && tests.kneeFlexion.pain <= limit;
  }
}

// Readiness to run (Hegedus et al. 2021; counts after T. Goom): brisk walk 30 min, single-leg calf raise ×20 each side,
// single-leg squat ×10 each side, hop on the spot ×10 or 30 s. The latest attempt of each counts;
// tests that do not apply to this runner are ignored.
export function scoreReadinessTests(tests: ReadinessTests, limit: number, previous: ReadinessPasses): ReadinessPasses {
  const next = { ...previous };
  for (const id of Object.keys(previous) as ReadinessTestId[]) {
    const result = passesReadinessTest(id, tests, limit);
    if (result !== undefined) next[id] = result;
  }
  return next;
}

export function allReadinessPassed(passed: ReadinessPasses): boolean {
  return Object.values(passed).every(Boolean);
}

export function missingReadiness(passed: ReadinessPasses): Reason[] {
  return readinessTestIdList.filter((id) => passed[id] === false).map((id) => reason(`gate.missing.readiness.${id}`));
}
