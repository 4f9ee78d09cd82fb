import { describe, expect, it } from "vitest";
import {
  CrossTrainingOption,
  getExercise,
  layoutRunWeek,
  mobilityRoutines,
  strengthStage,
  type InjurySite,
} from "@/lib/engine";
import { buildCheckIn, buildEvent, buildIntake, buildScenario, stateOn } from "./factories";

const START = "2025-03-03"; // a Monday

// Phase 1, seed 003 + Runna: cross-training of the same duration as the runs it replaces.
describe("phase 1: cross-training menu", () => {
  it("replaces each run with the same minutes on the runner's days", () => {
    const state = stateOn(buildScenario(), START);
    const cross = state.week.filter((d) => d.sessions.some((s) => s.kind === "cross_training"));
    expect(cross.map((d) => d.weekday)).toEqual([1, 3, 5]);
    expect(cross.every((d) => d.sessions[0]?.minutes === 40)).toBe(true);
    expect(cross[0]?.sessions[0]?.exercises).toContain("cycling");
  });

  it("drops options the runner reported as painful", () => {
    const checkIns = [buildCheckIn({ date: START, painfulActivities: ["cycling", "walking"], painAfter: 1 })];
    const state = stateOn(buildScenario({ checkIns }), "2025-03-05");
    const options = state.today.sessions[0]?.exercises ?? [];
    expect(options).not.toContain("cycling");
    expect(options).not.toContain("walking");
    expect(options).toContain("swimming");
  });

  it("rests and says so when every option hurt", () => {
    const all = CrossTrainingOption.options;
    const state = stateOn(
      buildScenario({ checkIns: [buildCheckIn({ date: START, painfulActivities: [...all] })] }),
      "2025-03-05",
    );
    expect(state.today.sessions[0]?.kind).toBe("rest");
    expect(state.today.reasons[0]?.key).toBe("reason.menu.allPainful");
  });
});

// Phase 2, seed 003 + seed 001: mobility for the site, rolling around the sore spot, never on it.
describe("phase 2: mobility routine per injury site", () => {
  it.each([
    ["calf", "roll-calf"],
    ["hamstring", "roll-hamstrings"],
    ["knee", "roll-quads"],
  ] as const)("%s: never rolls the sore spot itself (%s)", (site, forbidden) => {
    expect(mobilityRoutines[site]).not.toContain(forbidden);
  });

  it("plans the site's routine on training days", () => {
    const state = stateOn(
      buildScenario({
        intake: buildIntake({ site: "achilles" }),
        events: [buildEvent("override", { date: START, phase: 2 })],
      }),
      START,
    );
    const mobility = state.today.sessions.find((s) => s.kind === "mobility");
    expect(mobility?.exercises).toEqual(mobilityRoutines.achilles);
  });
});

// Phase 3, seed 003: light first, then heavier, then running-specific.
describe("phase 3: strength progresses by days in the phase", () => {
  it.each([
    [1, "light"],
    [5, "light"],
    [6, "heavy"],
    [10, "heavy"],
    [11, "running_specific"],
  ] as const)("day %i → %s", (day, stage) => expect(strengthStage(day)).toBe(stage));

  it("adds Goom's readiness tests from the second week", () => {
    const events = [buildEvent("override", { date: START, phase: 3 })];
    const firstWeek = stateOn(buildScenario({ events }), START).today.sessions.map((s) => s.kind);
    const secondWeek = stateOn(buildScenario({ events }), "2025-03-10").today.sessions.map((s) => s.kind);
    expect(firstWeek).not.toContain("readiness_tests");
    expect(secondWeek[0]).toBe("readiness_tests");
  });

  it.each(["achilles", "knee", "hip", "shin"] as const)("%s strength is site-specific", (site: InjurySite) => {
    const state = stateOn(
      buildScenario({ intake: buildIntake({ site }), events: [buildEvent("override", { date: START, phase: 3 })] }),
      START,
    );
    const strength = state.today.sessions.find((s) => s.kind === "strength");
    expect(strength?.load).toBe("light");
    expect(strength?.exercises.length).toBeGreaterThan(2);
  });
});

// Strength and running, seeds 000 and 002.
describe("phase 4 week: runs and two strength sessions (seeds 000, 002)", () => {
  it.each([
    { days: [1, 2, 3, 4, 5, 6], runs: [1, 3, 5], heavy: [6], light: [2] },
    { days: [1, 3, 5, 7], runs: [1, 3, 5], heavy: [], light: [1, 7] },
    { days: [2, 4, 6], runs: [2, 4, 6], heavy: [], light: [2, 4] },
  ])("training days $days", ({ days, runs, heavy, light }) => {
    const layout = layoutRunWeek(days, 3, true);
    expect(layout.runDays).toEqual(runs);
    expect(layout.strength.filter((s) => s.load === "heavy").map((s) => s.day)).toEqual(heavy);
    expect(layout.strength.filter((s) => s.load === "light").map((s) => s.day)).toEqual(light);
  });

  it.each([[[1, 2, 3, 4, 5, 6, 7]], [[1, 2, 3, 4, 5, 6]], [[2, 3, 5, 6]], [[6]]])(
    "training days %j: rules hold",
    (days) => {
      const intake = buildIntake({ trainingDays: days, lastRunOn: "2025-02-01", tissue: "joint" });
      const state = stateOn(
        buildScenario({ intake, events: [buildEvent("override", { date: START, phase: 4 })] }),
        START,
      );
      const active = state.week.filter((d) => d.sessions.some((s) => s.kind !== "rest"));
      expect(active.every((d) => days.includes(d.weekday))).toBe(true);
      expect(state.week.some((d) => d.sessions.every((s) => s.kind === "rest"))).toBe(true);
      for (const day of state.week) {
        const heavy = day.sessions.some((s) => s.kind === "strength" && s.load === "heavy");
        const next = state.week[day.weekday % 7];
        const runs = (d: typeof day | undefined) =>
          d?.sessions.some((s) => s.kind === "walk_run" || s.kind === "run") ?? false;
        if (heavy) expect(runs(day) || (day.weekday < 7 && runs(next))).toBe(false);
        const kinds = day.sessions.map((s) => s.kind);
        if (kinds.includes("strength") && runs(day)) {
          expect(kinds.indexOf("strength")).toBeLessThan(kinds.findIndex((k) => k === "walk_run" || k === "run"));
          expect(day.reasons.map((r) => r.key)).toContain("reason.strength.firstThenRun");
        }
      }
    },
  );

  it("walk/run sessions are four 5-minute blocks at the level's jog share", () => {
    const intake = buildIntake({ lastRunOn: "2025-02-01", tissue: "joint" });
    const state = stateOn(
      buildScenario({ intake, events: [buildEvent("override", { date: START, phase: 4 })] }),
      START,
    );
    const walkRun = state.today.sessions.find((s) => s.kind === "walk_run");
    expect(walkRun).toMatchObject({
      minutes: 20,
      runMinutes: 2,
      walkRun: { blocks: 4, jogMinutes: 0.5, walkMinutes: 4.5 },
    });
    expect(state.level?.spec.description).toEqual({
      key: "level.walkRun",
      params: { blocks: 4, jog: 0.5, walk: 4.5, runs: 3 },
    });
  });

  it("every exercise a plan names is in the library", () => {
    const state = stateOn(buildScenario({ events: [buildEvent("override", { date: START, phase: 4 })] }), START);
    const ids = state.week.flatMap((d) => d.sessions.flatMap((s) => s.exercises));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !getExercise(id))).toEqual([]);
  });
});
