import { describe, expect, it } from "vitest";
import type { CheckIn, PlanEvent } from "@/lib/engine";
import { addDays, buildCheckIn, buildEvent, buildIntake, buildRunCheckIn, buildScenario, stateOn } from "./factories";

// Phase 4 from Monday 2025-03-03, last run 2025-02-01: 4 weeks off, 8 weeks to rebuild.
const START = "2025-03-03";
// A joint follows the general ladder rules (one level a week from level 1); muscle re-entry is in tissue-targets.
const intake = buildIntake({ lastRunOn: "2025-02-01", tissue: "joint" });
function phase4(level: number, checkIns: CheckIn[] = [], extra: PlanEvent[] = []) {
  const events = [buildEvent("override", { date: START, phase: 4 })];
  if (level > 1) events.push(buildEvent("override", { date: START, level }));
  return buildScenario({ intake, checkIns, events: [...events, ...extra] });
}

// Soreness rules, Fees et al. 1998 (Am J Sports Med 26:732).
describe("soreness rules after a run (Fees et al. 1998)", () => {
  it.each([
    {
      soreness: "warmup_persisted",
      action: "step_back",
      level: 1,
      restDays: 2,
      restUntil: "2025-03-06",
      key: "reason.soreness.warmupPersisted",
    },
    {
      soreness: "returned",
      action: "step_back",
      level: 1,
      restDays: 2,
      restUntil: "2025-03-06",
      key: "reason.soreness.returned",
    },
    {
      soreness: "next_day",
      action: "rest",
      level: 2,
      restDays: 1,
      restUntil: "2025-03-05",
      key: "reason.soreness.nextDay",
    },
    {
      soreness: "warmup_gone",
      action: "hold",
      level: 2,
      restDays: 0,
      restUntil: null,
      key: "reason.soreness.warmupGone",
    },
    { soreness: "none", action: "hold", level: 2, restDays: 0, restUntil: null, key: "reason.level.needsMoreRuns" },
  ] as const)(
    "$soreness → $action, level $level, $restDays day(s) off",
    ({ soreness, action, level, restDays, restUntil, key }) => {
      const state = stateOn(phase4(2, [buildRunCheckIn({ date: START, soreness })]), START);
      expect(state.lastDecision).toMatchObject({ action, restDays });
      expect(state.lastDecision.reasons[0]?.key).toBe(key);
      expect(state.level?.current).toBe(level);
      expect(state.restUntil).toBe(restUntil);
    },
  );

  it("days off mean no run is planned until the rest is over", () => {
    const state = stateOn(phase4(2, [buildRunCheckIn({ date: START, soreness: "warmup_persisted" })]), "2025-03-05");
    expect(state.today.sessions.map((s) => s.kind)).toEqual(["rest"]);
    expect(state.today.reasons[0]).toEqual({ key: "reason.rest.afterSoreness", params: { until: "2025-03-06" } });
  });

  it("next-day soreness reported the morning after undoes the advance that run earned", () => {
    const runs = [
      buildRunCheckIn({ date: START }),
      buildRunCheckIn({ date: "2025-03-05" }),
      buildRunCheckIn({ date: "2025-03-10" }),
    ];
    const advanced = stateOn(phase4(1, runs), "2025-03-10");
    expect(advanced.level?.current).toBe(2);
    const sore = [
      ...runs,
      buildCheckIn({ date: "2025-03-11", sessionKind: "rest", rpe: undefined, minutes: 0, soreness: "next_day" }),
    ];
    const state = stateOn(phase4(1, sore), "2025-03-11");
    expect(state.level?.current).toBe(1);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.soreness.nextDayUndoAdvance");
  });
});

describe("ladder limits: each level twice, at most one level a week (Fees et al. 1998; physioadvisor)", () => {
  it.each([
    { runs: [START], today: START, level: 1, key: "reason.level.needsMoreRuns" },
    { runs: [START, "2025-03-05"], today: "2025-03-05", level: 1, key: "reason.level.weeklyLimit" },
    // Runs on the plan's run days (Mon, Wed, Fri): only a planned run counts.
    { runs: [START, "2025-03-05", "2025-03-10"], today: "2025-03-10", level: 2, key: "reason.level.advanced" },
  ])("runs on $runs → level $level", ({ runs, today, level, key }) => {
    const state = stateOn(
      phase4(
        1,
        runs.map((date) => buildRunCheckIn({ date })),
      ),
      today,
    );
    expect(state.level?.current).toBe(level);
    expect(state.lastDecision.reasons[0]?.key).toBe(key);
  });

  it("a physio may allow two levels a week (a level then lasts at least 4 days)", () => {
    const events = [buildEvent("settings_change", { date: START, settings: { maxLevelsPerWeek: 2 } })];
    const early = [START, "2025-03-05"].map((date) => buildRunCheckIn({ date }));
    const held = stateOn(phase4(1, early, events), "2025-03-05");
    expect(held.lastDecision.reasons[0]).toEqual({ key: "reason.level.weeklyLimit", params: { nextOn: "2025-03-06" } });
    const later = [START, "2025-03-07"].map((date) => buildRunCheckIn({ date }));
    expect(stateOn(phase4(1, later, events), "2025-03-07").level?.current).toBe(2);
  });

  it("a painful run does not count, whatever the soreness pattern says", () => {
    const runs = [START, "2025-03-05", "2025-03-10"].map((date) =>
      buildRunCheckIn({ date, painAfter: date === "2025-03-10" ? 1 : 0 }),
    );
    const state = stateOn(phase4(1, runs), "2025-03-10");
    expect(state.level?.current).toBe(1);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.hold.painReported");
  });
});

describe("breaks in phase 4: resume lower, one level per 5 days off", () => {
  it.each([
    { lastRun: "2025-03-03", today: "2025-03-10", level: 4, note: "6 days without running: no change" },
    { lastRun: "2025-03-03", today: "2025-03-11", level: 3, note: "7 days: one level down" },
    { lastRun: "2025-03-03", today: "2025-03-14", level: 2, note: "10 days: two levels down" },
    { lastRun: "2025-03-03", today: "2025-03-25", level: 1, note: "3 weeks: back to level 1" },
  ])("$note", ({ lastRun, today, level }) => {
    const state = stateOn(phase4(4, [buildRunCheckIn({ date: lastRun, soreness: "warmup_gone" })]), today);
    expect(state.level?.current).toBe(level);
  });

  it("says why it stepped down", () => {
    const state = stateOn(phase4(4, [buildRunCheckIn({ date: START, soreness: "warmup_gone" })]), "2025-03-11");
    expect(state.lastDecision).toMatchObject({
      action: "step_back",
      reasons: [{ key: "reason.gap.stepDown", params: { days: 7, levels: 1 } }],
    });
  });
});

describe("completion at the pre-injury weekly volume", () => {
  it("completes after a full week at the top level, pain-free", () => {
    const events = [buildEvent("override", { date: START, phase: 4 })];
    const top = stateOn(buildScenario({ intake, events }), START).level!.total;
    events.push(buildEvent("override", { date: START, level: top }));
    // The top level prescribes 3 runs of 40 min; each counts at ≥ 90 % of that.
    const runs = [START, "2025-03-05", "2025-03-07", "2025-03-10"].map((date) =>
      buildRunCheckIn({ date, sessionKind: "run", minutes: 40 }),
    );
    const state = stateOn(buildScenario({ intake, events, checkIns: runs }), "2025-03-10");
    expect(state.level?.spec.weeklyRunMinutes).toBe(intake.weeklyMinutes);
    expect(state.status).toBe("completed");
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.completed");
    expect(state.projection.backToLevelOn).toBe("2025-03-10");
  });
});

describe("readiness (seed 004): resting heart rate and sleep make the day easier", () => {
  const hr = (date: string, restingHr: number, extra: Partial<CheckIn> = {}) =>
    buildCheckIn({ date, restingHr, sessionKind: "rest", rpe: undefined, minutes: 0, ...extra });
  const baseline = [
    hr("2025-02-26", 50),
    hr("2025-02-27", 52),
    hr("2025-02-28", 51),
    hr("2025-03-01", 50),
    hr("2025-03-02", 51),
  ];
  const early = buildIntake({ startOn: "2025-02-26", lastRunOn: "2025-02-01", tissue: "joint" });
  const scenario = (today: CheckIn) =>
    buildScenario({
      intake: early,
      checkIns: [...baseline, today],
      events: [buildEvent("override", { date: "2025-02-26", phase: 4 })],
    });

  it.each([
    { name: "HR 58 is 7 over the median 51", checkIn: hr(START, 58), eased: true, key: "reason.readiness.restingHr" },
    { name: "HR 57 is within 6 of the median", checkIn: hr(START, 57), eased: false, key: undefined },
    {
      name: "5.5 hours of sleep",
      checkIn: hr(START, 50, { sleepHours: 5.5 }),
      eased: true,
      key: "reason.readiness.sleep",
    },
    { name: "7 hours of sleep", checkIn: hr(START, 50, { sleepHours: 7 }), eased: false, key: undefined },
  ])("$name → eased: $eased", ({ checkIn, eased, key }) => {
    const state = stateOn(scenario(checkIn), START);
    expect(state.today.eased).toBe(eased);
    if (key) {
      expect(state.today.reasons[0]?.key).toBe(key);
      expect(state.alerts.map((a) => a.kind)).toContain("readiness_low");
    }
  });

  it("an eased run is shorter and does not earn an advance", () => {
    const runs = [
      buildRunCheckIn({ date: "2025-02-26" }),
      buildRunCheckIn({ date: "2025-02-28" }),
      buildRunCheckIn({ date: addDays("2025-02-26", 7), sleepHours: 4 }),
    ];
    const state = stateOn(
      buildScenario({
        intake: early,
        checkIns: runs,
        events: [buildEvent("override", { date: "2025-02-26", phase: 4 })],
      }),
      "2025-03-05",
    );
    expect(state.level?.current).toBe(1);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.readiness.sleep");
    const walkRun = state.today.sessions.find((s) => s.kind === "walk_run");
    expect(walkRun?.walkRun?.blocks).toBe(3);
  });
});
