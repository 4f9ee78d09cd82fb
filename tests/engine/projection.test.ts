import { describe, expect, it } from "vitest";
import { estimateFitnessLoss } from "@/lib/engine";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  daysBetween,
  stateOn,
} from "./factories";

const START = "2025-03-03";
// 4 weeks off at phase-4 start; a 60-min week the ladder fits inside 2 × 4 weeks.
const intake = buildIntake({ lastRunOn: "2025-02-01", weeklyMinutes: 60, runsPerWeek: 2, longestRunMinutes: 30 });
const inPhase4 = buildEvent("override", { date: START, phase: 4 });

// Rule of thumb, seed 003 tip 3: two weeks back for every week off.
describe("rule of thumb: back at level on phase-4 start + 2 × weeks off (seed 003)", () => {
  it("whole weeks off, doubled", () => {
    const state = stateOn(buildScenario({ intake, events: [inPhase4] }), START);
    expect(state.projection).toMatchObject({
      weeksOff: 4,
      rebuildWeeks: 8,
      phase4StartOn: START,
      backToLevelOn: "2025-04-28",
      isEstimate: false,
      isOverridden: false,
    });
  });

  it("before phase 4 the start is estimated from today and the remaining gates", () => {
    const state = stateOn(buildScenario(), START);
    expect(state.projection).toMatchObject({
      phase4StartOn: "2025-03-25",
      weeksOff: 3,
      rebuildWeeks: 6,
      isEstimate: true,
    });
    expect(state.projection.reasons[0]?.key).toBe("projection.estimate");
    expect(state.projection.backToLevelOn >= "2025-05-06").toBe(true);
  });

  it("weeks off grow while the early phases last", () => {
    const painful = Array.from({ length: 14 }, (_, i) =>
      buildCheckIn({ date: `2025-03-${String(3 + i).padStart(2, "0")}`, painAfter: 2 }),
    );
    const state = stateOn(buildScenario({ checkIns: painful }), "2025-03-16");
    expect(state.projection).toMatchObject({ phase4StartOn: "2025-04-08", weeksOff: 5, rebuildWeeks: 10 });
  });

  it("an interruption of N weeks in phase 4 adds 2 × N weeks", () => {
    const events = [
      inPhase4,
      buildEvent("interruption", {
        date: "2025-03-10",
        from: "2025-03-10",
        to: "2025-03-23",
        by: "runner",
        note: "flu",
      }),
    ];
    const state = stateOn(buildScenario({ intake, events }), "2025-03-10");
    const without = stateOn(buildScenario({ intake, events: [inPhase4] }), "2025-03-10");
    expect(state.projection.ruleOfThumbOn).toBe("2025-05-26");
    // Whichever date governs moves by at least 2 × 2 weeks.
    expect(daysBetween(without.projection.backToLevelOn, state.projection.backToLevelOn)).toBeGreaterThanOrEqual(28);
    expect(state.projection.reasons).toContainEqual({ key: "projection.interruption", params: { weeks: 4 } });
    expect(state.today.reasons[0]?.key).toBe("reason.rest.interruption");
  });

  it("a hold or step back pushes the date out", () => {
    const checkIns = [buildRunCheckIn({ date: START, soreness: "warmup_persisted" })];
    const state = stateOn(
      buildScenario({ intake, events: [inPhase4, buildEvent("override", { date: START, level: 8 })], checkIns }),
      "2025-04-25",
    );
    expect(state.projection.backToLevelOn > "2025-04-28").toBe(true);
    expect(state.projection.reasons.map((r) => r.key)).toContain("projection.safetyExtends");
  });

  it("where the safety limits need longer than 2 × weeks off, the date moves and says so", () => {
    const big = buildIntake({
      lastRunOn: "2025-02-17",
      weeklyMinutes: 300,
      runsPerWeek: 5,
      longestRunMinutes: 90,
      trainingDays: [1, 2, 3, 4, 5, 6],
    });
    const state = stateOn(buildScenario({ intake: big, events: [inPhase4] }), START);
    expect(state.projection.rebuildWeeks).toBe(4);
    expect(state.projection.backToLevelOn > "2025-03-31").toBe(true);
    expect(state.projection.reasons[0]?.key).toBe("projection.safetyExtends");
  });

  it("a physio override sets the date", () => {
    const events = [inPhase4, buildEvent("override", { date: START, backToLevelOn: "2025-04-14" })];
    const state = stateOn(buildScenario({ intake, events }), START);
    expect(state.projection).toMatchObject({ backToLevelOn: "2025-04-14", isOverridden: true });
  });

  it("keeps a compact projection history for charts", () => {
    const state = stateOn(buildScenario({ checkIns: [buildCheckIn({ date: START, painAfter: 1 })] }), "2025-03-06");
    expect(state.history.projections.length).toBeGreaterThan(1);
    expect(state.history.projections[0]?.on).toBe(START);
  });
});

// Galloway (second-hand, DOMAIN §2): fitness lost with days off.
describe("fitness lost with days off (Galloway)", () => {
  it.each([
    [0, 0],
    [7, 10],
    [10, 21],
    [14, 35],
    [21, 60],
    [28, 85],
    [35, 100],
    [90, 100],
  ])("%i days off → %i %%", (days, percent) => expect(estimateFitnessLoss(days)).toBe(percent));
});
