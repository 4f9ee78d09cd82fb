// The evidence behind approving phase 4: each running test's result against its criterion, left vs right as
// the limb symmetry index, and tests measured in the practice counting like the runner's own.
import { describe, expect, it } from "vitest";
import { PlanEvent, limbSymmetryIndex, readinessAttempts } from "@/lib/engine";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildScenario,
  buildSettings,
  painFreeDays,
  passedReadiness,
  stateOn,
} from "./factories";

const START = "2025-03-03";

describe("limb symmetry index (Thomeé et al. 2011; Silbernagel et al. 2006): weaker / stronger × 100", () => {
  it.each([
    { left: 20, right: 20, lsi: 100 },
    { left: 18, right: 22, lsi: 82 },
    { left: 22, right: 18, lsi: 82 },
    { left: 9, right: 10, lsi: 90 },
    { left: 0, right: 12, lsi: 0 },
    { left: 0, right: 0, lsi: null },
  ])("left $left, right $right → $lsi", ({ left, right, lsi }) => {
    expect(limbSymmetryIndex(left, right)).toBe(lsi);
  });
});

describe("readinessAttempts: every attempt judged against its criterion (Goom et al. 2016)", () => {
  it.each([
    { name: "20 calf raises each side, pain 2", tests: { calfRaise: { left: 20, right: 20, pain: 2 } }, passed: true },
    { name: "19 calf raises on one side", tests: { calfRaise: { left: 19, right: 25, pain: 0 } }, passed: false },
    { name: "calf raises at pain 3", tests: { calfRaise: { left: 20, right: 20, pain: 3 } }, passed: false },
    { name: "walk 29 minutes", tests: { walk: { minutes: 29, pain: 0 } }, passed: false },
    { name: "hop for 30 s", tests: { hop: { seconds: 30, pain: 0 } }, passed: true },
    { name: "9 hops", tests: { hop: { count: 9, pain: 0 } }, passed: false },
    {
      name: "10 single-leg squats each side",
      tests: { singleLegSquat: { left: 10, right: 12, pain: 1 } },
      passed: true,
    },
  ] as const)("$name → met: $passed", ({ tests, passed }) => {
    const byTest = readinessAttempts({ checkIns: [{ date: START, readiness: tests }], events: [], tolerance: 2 });
    const [attempt] = Object.values(byTest)[0] ?? [];
    expect(attempt).toMatchObject({ on: START, source: "runner", passed });
  });

  it("keeps the measured values, the LSI and the pain; nothing is filled in", () => {
    const byTest = readinessAttempts({
      checkIns: [{ date: START, readiness: { calfRaise: { left: 18, right: 22, pain: 1 } } }],
      events: [],
      tolerance: 2,
    });
    expect(byTest).toEqual({
      calfRaise: [
        {
          on: START,
          source: "runner",
          left: 18,
          right: 22,
          minutes: null,
          count: null,
          seconds: null,
          pain: 1,
          lsi: 82,
          passed: false,
        },
      ],
    });
  });

  it("the plan's tolerance lowers the pain limit (tolerance 0: pain 1 is not met)", () => {
    const checkIns = [{ date: START, readiness: { walk: { minutes: 30, pain: 1 } } }];
    expect(readinessAttempts({ checkIns, events: [], tolerance: 0 }).walk?.[0]?.passed).toBe(false);
    expect(readinessAttempts({ checkIns, events: [], tolerance: 3 }).walk?.[0]?.passed).toBe(true);
  });

  it("lists the runner's and the practice's attempts oldest first, each marked with its source", () => {
    const clinic = PlanEvent.parse({
      kind: "clinic_tests",
      date: "2025-03-05",
      by: "physio",
      tests: { calfRaise: { left: 20, right: 21, pain: 0 } },
    });
    const byTest = readinessAttempts({
      checkIns: [
        { date: "2025-03-06", readiness: { calfRaise: { left: 22, right: 22, pain: 0 } } },
        { date: "2025-03-04", readiness: { calfRaise: { left: 15, right: 20, pain: 2 } } },
      ],
      events: [clinic],
      tolerance: 2,
    });
    expect(byTest.calfRaise?.map((a) => [a.on, a.source, a.passed])).toEqual([
      ["2025-03-04", "runner", false],
      ["2025-03-05", "clinic", true],
      ["2025-03-06", "runner", true],
    ]);
  });
});

describe("tests measured in the practice count for the gate to phase 4", () => {
  const inPhase3 = buildEvent("override", { date: START, phase: 3 });
  const settings = buildSettings(buildIntake(), { minPhaseDays: { phase1: 3, phase2: 5, phase3: 7 } });
  const clinic = (date: string, tests = passedReadiness) => buildEvent("clinic_tests", { date, tests });

  it.each([
    { name: "none measured", events: [inPhase3], phase: 3 },
    { name: "all four measured in the practice", events: [inPhase3, clinic("2025-03-05")], phase: 4 },
    {
      name: "the practice measured 19 calf raises on one side",
      events: [inPhase3, clinic("2025-03-05", { ...passedReadiness, calfRaise: { left: 19, right: 20, pain: 0 } })],
      phase: 3,
    },
    // Measured in phase 2: the tests belong to the current stint in phase 3 (Goom et al. 2016).
    { name: "measured before phase 3", events: [clinic("2025-03-02"), inPhase3], phase: 3 },
  ])("$name → phase $phase", ({ events, phase }) => {
    const scenario = buildScenario({ settings, events, checkIns: painFreeDays(START, 7) });
    expect(stateOn(scenario, "2025-03-09").phase).toBe(phase);
  });

  it("a practice's calf raises and the runner's other tests together meet the gate", () => {
    const { calfRaise, ...rest } = passedReadiness;
    const checkIns = painFreeDays(START, 7).map((c, i) => (i === 1 ? buildCheckIn({ ...c, readiness: rest }) : c));
    const events = [inPhase3, clinic("2025-03-06", { calfRaise })];
    expect(stateOn(buildScenario({ settings, events, checkIns }), "2025-03-09").phase).toBe(4);
  });

  it("on the same day, the practice's result counts over the runner's own report of that test", () => {
    const failedSquat = { ...passedReadiness, singleLegSquat: { left: 10, right: 11, pain: 1 } };
    const checkIns = painFreeDays(START, 7).map((c, i) =>
      i === 6 ? buildCheckIn({ ...c, readiness: failedSquat }) : c,
    );
    const runnerOnly = buildScenario({ settings, events: [inPhase3], checkIns });
    expect(stateOn(runnerOnly, "2025-03-09")).toMatchObject({
      phase: 3,
      gate: { readiness: { singleLegSquat: false } },
    });
    const squat = { singleLegSquat: { left: 12, right: 12, pain: 0 } };
    const measured = buildScenario({ settings, events: [inPhase3, clinic("2025-03-09", squat)], checkIns });
    expect(stateOn(measured, "2025-03-09").phase).toBe(4);
  });

  it("a clinic_tests event needs at least one test", () => {
    expect(PlanEvent.safeParse({ kind: "clinic_tests", date: START, by: "physio", tests: {} }).success).toBe(false);
  });
});
