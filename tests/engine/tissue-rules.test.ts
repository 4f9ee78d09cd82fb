import { describe, expect, it } from "vitest";
import { defaultSettings, getExercise, readinessTestsFor, toDay, toIso, type CheckIn } from "@/lib/engine";
import { readinessExerciseIds } from "@/lib/engine/readiness";
import { tendonRoutine } from "@/lib/engine/tendon-loading";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  buildSettings,
  painFreeDays,
  passedReadiness,
  stateOn,
} from "./factories";

const START = "2025-03-03";
const tendon = buildIntake({ tissue: "tendon", site: "achilles", lastRunOn: "2025-02-01" });

// Silbernagel et al. 2007: rest and morning pain may sit at the runner's baseline (set by the physio).
describe("tendon baseline (Silbernagel et al. 2007)", () => {
  it.each([
    { baseline: 0, patch: { painRest: 1 }, phase: 1 },
    { baseline: 2, patch: { painRest: 2, painMorning: 2 }, phase: 2 },
    { baseline: 2, patch: { painMorning: 3 }, phase: 1 },
    { baseline: 2, patch: { painRest: 2, painAfter: 5 }, phase: 2 },
  ])("baseline $baseline, $patch → phase $phase after 3 days", ({ baseline, patch, phase }) => {
    const settings = buildSettings(tendon, { tendonBaseline: baseline });
    expect(
      stateOn(buildScenario({ intake: tendon, settings, checkIns: painFreeDays(START, 3, patch) }), "2025-03-05").phase,
    ).toBe(phase);
  });

  // The case: Achilles tendinopathy with the usual rest pain of 1/10, given at onboarding.
  it.each([
    { restPainBaseline: undefined, painRest: 1, baseline: 0, phase: 1 },
    { restPainBaseline: 1, painRest: 1, baseline: 1, phase: 2 },
    { restPainBaseline: 1, painRest: 2, baseline: 1, phase: 1 },
    { restPainBaseline: 3, painRest: 3, baseline: 3, phase: 2 },
  ])(
    "onboarding rest pain $restPainBaseline, daily rest pain $painRest → baseline $baseline, phase $phase",
    ({ restPainBaseline, painRest, baseline, phase }) => {
      const intake = { ...tendon, restPainBaseline };
      const settings = defaultSettings(intake);
      expect(settings.tendonBaseline).toBe(baseline);
      const checkIns = painFreeDays(START, 3, { painRest, painMorning: painRest });
      expect(stateOn(buildScenario({ intake, settings, checkIns }), "2025-03-05").phase).toBe(phase);
    },
  );

  it("the onboarding rest pain is a tendon's baseline only: a muscle keeps tolerance 0", () => {
    expect(defaultSettings(buildIntake({ tissue: "muscle", restPainBaseline: 2 })).tendonBaseline).toBe(0);
  });

  it("never for a bone: the baseline does not lift tolerance 0", () => {
    const bone = buildIntake({ tissue: "bone" });
    const settings = buildSettings(bone, {
      tendonBaseline: 3,
      tendonPainModel: true,
      minPhaseDays: { phase1: 3, phase2: 5, phase3: 14 },
    });
    expect(
      stateOn(
        buildScenario({ intake: bone, settings, checkIns: painFreeDays(START, 3, { painRest: 1 }) }),
        "2025-03-05",
      ).phase,
    ).toBe(1);
  });

  it("rest and morning pain rising week on week holds, even within the baseline", () => {
    const settings = buildSettings(tendon, {
      tendonBaseline: 3,
      painFreeDays: { toPhase2: 30, toPhase3: 3, toPhase4: 7 },
    });
    const checkIns = [...painFreeDays(START, 7), ...painFreeDays("2025-03-10", 7, { painMorning: 2 })];
    expect(
      stateOn(buildScenario({ intake: tendon, settings, checkIns }), "2025-03-16").lastDecision.reasons[0]?.key,
    ).toBe("reason.hold.tendonRising");
    expect(
      stateOn(buildScenario({ intake: tendon, settings, checkIns }), "2025-03-11").lastDecision.reasons[0]?.key,
    ).toBe("reason.hold.buildingStreak");
  });
});

// Silbernagel et al. 2007: the morning after loading must be back at baseline, or that load does not count.
describe("a tendon not settled by the next morning: that run does not count, a step up on it is undone", () => {
  const phase4 = (checkIns: CheckIn[]) =>
    buildScenario({ intake: tendon, checkIns, events: [buildEvent("override", { date: START, phase: 4 })] });
  const morning = (date: string, painMorning: number) => buildCheckIn({ date, sessionKind: "strength", painMorning });
  it.each([
    { name: "settled (0)", pain: 0, completions: 1, key: undefined },
    { name: "not settled (1)", pain: 1, completions: 0, key: "reason.tendon.morningNotCounted" },
  ])("$name", ({ pain, completions, key }) => {
    const state = stateOn(phase4([buildRunCheckIn({ date: START }), morning("2025-03-04", pain)]), "2025-03-04");
    expect(state.level?.completions).toBe(completions);
    if (key) expect(state.lastDecision.reasons[0]?.key).toBe(key);
  });

  it("undoes the step up the run earned", () => {
    const runs = [
      buildRunCheckIn({ date: START }),
      buildRunCheckIn({ date: "2025-03-05" }),
      buildRunCheckIn({ date: "2025-03-10" }),
    ];
    expect(stateOn(phase4(runs), "2025-03-10").level?.current).toBe(2);
    const state = stateOn(phase4([...runs, morning("2025-03-11", 2)]), "2025-03-11");
    expect(state.level?.current).toBe(1);
    expect(state.lastDecision.reasons[0]).toEqual({
      key: "reason.tendon.morningUndo",
      params: { level: 1, restDays: 1 },
    });
  });
});

// Silbernagel et al. 2007: the same in phases 1–3: a phase opened on yesterday's load waits if the morning has not settled.
describe("a tendon not settled the morning after the gate opened: the phase change waits", () => {
  const muscle = buildIntake({ lastRunOn: "2025-02-01" });
  it.each([
    { name: "tendon, morning settled (0)", intake: tendon, painMorning: 0, phase: 2, key: undefined },
    {
      name: "tendon, morning above the baseline (2)",
      intake: tendon,
      painMorning: 2,
      phase: 1,
      key: "reason.tendon.morningUndoPhase",
    },
    {
      name: "muscle strain, morning pain 2: holds, the phase stays",
      intake: muscle,
      painMorning: 2,
      phase: 2,
      key: undefined,
    },
  ])("$name", ({ intake, painMorning, phase, key }) => {
    // Three pain-free days open phase 2 from 6 March; the report of 6 March carries the morning.
    const checkIns = [
      ...painFreeDays(START, 3),
      buildCheckIn({ date: "2025-03-06", sessionKind: "mobility", painMorning }),
    ];
    const state = stateOn(buildScenario({ intake, checkIns }), "2025-03-06");
    expect(state.phase).toBe(phase);
    if (key) {
      expect(state.lastDecision.reasons[0]).toEqual({ key, params: { phase: 2 } });
      expect(state.history.phases.map((p) => p.phase)).toEqual([1]);
    }
  });

  it("back from phase 4 into phase 3: the readiness tests are done again", () => {
    const settings = buildSettings(tendon, {
      painFreeDays: { toPhase2: 3, toPhase3: 3, toPhase4: 3 },
      minPhaseDays: { phase1: 1, phase2: 1, phase3: 3 },
    });
    const events = [buildEvent("override", { date: START, phase: 3 })];
    const tests = painFreeDays(START, 3, { sessionKind: "readiness_tests", readiness: passedReadiness });
    const opened = stateOn(buildScenario({ intake: tendon, settings, checkIns: tests, events }), "2025-03-06");
    expect(opened.phase).toBe(4);
    const checkIns = [...tests, buildCheckIn({ date: "2025-03-06", sessionKind: "strength", painMorning: 1 })];
    const state = stateOn(buildScenario({ intake: tendon, settings, checkIns, events }), "2025-03-06");
    expect(state.phase).toBe(3);
    expect(Object.values(state.gate.readiness ?? {})).not.toContain(true);
  });

  it("leaves a physio's approval standing", () => {
    const settings = buildSettings(tendon, { approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: true } });
    const checkIns = [
      ...painFreeDays(START, 3),
      buildCheckIn({ date: "2025-03-06", sessionKind: "mobility", painMorning: 2 }),
    ];
    const events = [buildEvent("approve_transition", { date: "2025-03-06", toPhase: 2 })];
    expect(stateOn(buildScenario({ intake: tendon, settings, checkIns, events }), "2025-03-06").phase).toBe(2);
  });
});

// Rio et al. 2015 (isometrics) and Beyer et al. 2015 (heavy slow resistance): tendons load from phase 1.
describe("tendon loading starts in phase 1 next to cross-training", () => {
  it.each([
    { name: "Achilles tendon, phase 1: isometric holds", intake: tendon, phase: 1, exercise: "isometric-calf-hold" },
    {
      name: "patellar tendon, phase 1",
      intake: buildIntake({ tissue: "tendon", site: "knee" }),
      phase: 1,
      exercise: "wall-sit",
    },
    { name: "Achilles tendon, phase 2: slow heavy", intake: tendon, phase: 2, exercise: "bent-knee-heel-drop" },
    { name: "calf muscle strain: no tendon loading", intake: buildIntake(), phase: 1, exercise: null },
  ])("$name", ({ intake, phase, exercise }) => {
    const events = phase > 1 ? [buildEvent("override", { date: START, phase })] : [];
    const week = stateOn(buildScenario({ intake, events }), START).week;
    const strength = week.flatMap((d) => d.sessions.filter((s) => s.kind === "strength"));
    if (exercise === null) expect(strength).toEqual([]);
    else {
      expect(strength.length).toBe(3);
      expect(strength[0]?.exercises).toContain(exercise);
      expect(week.some((d) => d.sessions.some((s) => s.kind === "cross_training"))).toBe(true);
    }
  });
});

// Warden et al. 2014: high-risk bone stress injury sites need approval at every step and longer rest.
describe("bone stress injury risk grade (Warden et al. 2014)", () => {
  it.each([
    { boneSite: "navicular", approval: true, phase1: 42 },
    { boneSite: "femoral_neck", approval: true, phase1: 42 },
    { boneSite: "fifth_metatarsal", approval: true, phase1: 42 },
    { boneSite: "medial_malleolus", approval: true, phase1: 42 },
    { boneSite: "talus", approval: true, phase1: 42 },
    { boneSite: "patella", approval: true, phase1: 42 },
    { boneSite: "second_metatarsal_base", approval: true, phase1: 42 },
    { boneSite: "posteromedial_tibia", approval: false, phase1: 14 },
    { boneSite: "fibula", approval: false, phase1: 14 },
    { boneSite: "other", approval: true, phase1: 42 },
    { boneSite: undefined, approval: true, phase1: 42 },
  ] as const)("$boneSite → approval $approval, phase 1 ≥ $phase1 days", ({ boneSite, approval, phase1 }) => {
    const settings = defaultSettings(buildIntake({ tissue: "bone", boneSite }));
    expect(settings.approvalRequired).toEqual({ toPhase2: approval, toPhase3: approval, toPhase4: approval });
    expect(settings.minPhaseDays.phase1).toBe(phase1);
    expect(settings.tolerance).toBe(0);
  });

  it("a high-risk site waits for the physio after its pain-free weeks", () => {
    const intake = buildIntake({ tissue: "bone", boneSite: "navicular", lastRunOn: START });
    const state = stateOn(buildScenario({ intake, checkIns: painFreeDays(START, 42) }), "2025-04-13");
    expect(state).toMatchObject({ phase: 1, status: "awaiting_approval", pendingTransition: 2 });
  });

  // The case: last run 20 November, plan started 7 December: day 18 of 42, not day 1.
  it.each([
    { name: "from the last run", lastRunOn: "2026-11-20", diagnosedOn: undefined, have: 18, waitsUntil: "2026-12-31" },
    {
      name: "from the diagnosis",
      lastRunOn: "2026-11-20",
      diagnosedOn: "2026-11-25",
      have: 13,
      waitsUntil: "2027-01-05",
    },
    {
      name: "a last run long ago",
      lastRunOn: "2026-09-01",
      diagnosedOn: undefined,
      have: 98,
      waitsUntil: "2026-12-09",
    },
  ])("a high-risk site's 42 days count $name", ({ lastRunOn, diagnosedOn, have, waitsUntil }) => {
    const intake = buildIntake({ tissue: "bone", boneSite: "talus", lastRunOn, diagnosedOn, startOn: "2026-12-07" });
    const first = stateOn(buildScenario({ intake, checkIns: painFreeDays("2026-12-07", 1) }), "2026-12-07");
    expect(first.gate).toMatchObject({ daysInPhase: have, minDays: 42 });
    // Pain-free every day: the gate asks the physio on the 42nd day (and 3 pain-free days), not before.
    const days = painFreeDays("2026-12-07", 60);
    const waitingOn = (today: string) => stateOn(buildScenario({ intake, checkIns: days }), today).status;
    expect(waitingOn(waitsUntil)).toBe("awaiting_approval");
    const before = toIso(toDay(waitsUntil) - 1);
    expect(waitingOn(before)).toBe("active");
  });

  it("an unknown site waits for the physio at every step until it is named", () => {
    const intake = buildIntake({ tissue: "bone", lastRunOn: "2025-01-01" });
    const state = stateOn(buildScenario({ intake, checkIns: painFreeDays(START, 3) }), "2025-03-05");
    expect(state).toMatchObject({ phase: 1, status: "awaiting_approval", pendingTransition: 2 });
  });
});

// Goom et al. 2016: readiness tests count from the current stint in phase 3 only.
describe("readiness tests are done again after a red flag in phase 3", () => {
  it("passes before the flag no longer count after the clearance", () => {
    const events = [buildEvent("override", { date: START, phase: 3 }), buildEvent("clearance", { date: "2025-03-05" })];
    const checkIns = [
      buildCheckIn({ date: START, readiness: passedReadiness }),
      buildCheckIn({ date: "2025-03-04", nightPain: true }),
    ];
    const before = stateOn(buildScenario({ events, checkIns: checkIns.slice(0, 1) }), START);
    expect(Object.values(before.gate.readiness ?? {}).every(Boolean)).toBe(true);
    const after = stateOn(buildScenario({ events, checkIns }), "2025-03-05");
    expect(after.status).toBe("active");
    expect(after.gate.readiness).toEqual({ walk: false, calfRaise: false, singleLegSquat: false, hop: false });
  });
});

describe("every exercise the v2 sessions name is in the library", () => {
  it.each(["achilles", "calf", "knee", "hamstring", "hip", "shin", "foot", "ankle", "other"] as const)(
    "tendon loading for %s",
    (site) => {
      for (const stage of ["isometric", "slow_heavy"] as const)
        for (const id of tendonRoutine(site, stage)) expect(getExercise(id), id).toBeDefined();
    },
  );

  it("readiness tests, the hamstring's included", () => {
    for (const id of readinessTestsFor({ site: "hamstring" }))
      expect(getExercise(readinessExerciseIds[id]), id).toMatchObject({ category: "readiness_test" });
  });
});
