import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { estimateFitnessLoss } from "@/lib/engine";
import { projectionMoves } from "@/lib/engine/projection";
import { engineMessages } from "@/lib/i18n/engine-messages";
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

// Progress says how often the expected date moved: each entry against the one before, and today's date
// against the last entry (a move recorded only in today's projection still counts).
describe("how often the expected date moved", () => {
  it.each([
    { name: "no history, today's date only", history: [], current: "2026-05-04", moves: 0 },
    { name: "one entry, unchanged today", history: [["2026-04-01", "2026-05-04"]], current: "2026-05-04", moves: 0 },
    { name: "one entry, moved a day today", history: [["2026-04-01", "2026-05-04"]], current: "2026-05-05", moves: 1 },
    {
      name: "moved and moved back",
      history: [
        ["2026-04-01", "2026-05-04"],
        ["2026-04-08", "2026-05-11"],
      ],
      current: "2026-05-04",
      moves: 2,
    },
    {
      name: "two entries, today as the last",
      history: [
        ["2026-04-01", "2026-05-04"],
        ["2026-04-08", "2026-05-05"],
      ],
      current: "2026-05-05",
      moves: 1,
    },
  ] as const)("$name: $moves", ({ history, current, moves }) => {
    const entries = history.map(([on, backToLevelOn]) => ({ on, backToLevelOn }));
    expect(projectionMoves(entries, current)).toEqual({ moves, first: entries[0]?.backToLevelOn });
  });
});

// Weeks off grow while phases 1–3 last: the runner reads the weeks so far and those at the restart.
describe("weeks without running: so far, and by the restart", () => {
  it.each([
    { lastRunOn: "2025-02-24", today: START, soFar: 1 },
    { lastRunOn: "2025-01-20", today: START, soFar: 6 },
    { lastRunOn: "2025-01-20", today: "2025-03-10", soFar: 7 },
  ])("last run $lastRunOn, today $today: $soFar weeks so far", ({ lastRunOn, today, soFar }) => {
    const state = stateOn(buildScenario({ intake: buildIntake({ lastRunOn }) }), today);
    const growing = state.projection.reasons.find((r) => r.key === "projection.weeksOffGrowing");
    expect(growing?.params?.soFar).toBe(soFar);
    // The restart is later than today: the weeks by then are at least the weeks so far.
    expect(Number(growing?.params?.weeks)).toBeGreaterThanOrEqual(soFar);
    expect(state.projection.weeksOff).toBe(growing?.params?.weeks);
  });

  it("reads 6 weeks so far, 9 by the restart, in both languages", () => {
    const params = { soFar: 6, weeks: 9 };
    const en = new IntlMessageFormat(engineMessages.en["projection.weeksOffGrowing"], "en").format(params);
    const nl = new IntlMessageFormat(engineMessages.nl["projection.weeksOffGrowing"], "nl").format(params);
    expect(en).toContain("6 weeks without running so far, 9 weeks by the time you restart.");
    expect(nl).toContain("6 weken niet gelopen tot nu toe, 9 weken als je weer begint.");
  });
});
