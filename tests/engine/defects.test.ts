import { describe, expect, it } from "vitest";
import { PlanState, type CheckIn } from "@/lib/engine";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  painFreeDays,
  stateOn,
} from "./factories";

// The defects a property test found, each as a table test with its case.
const START = "2025-03-03"; // a Monday
const joint = buildIntake({ tissue: "joint", lastRunOn: "2025-02-01" });
const run40 = (date: string, extra: Partial<CheckIn> = {}) =>
  buildRunCheckIn({ date, sessionKind: "run", minutes: 40, ...extra });
const runKinds = (plan: PlanState["today"]) => plan.sessions.filter((s) => s.kind === "run" || s.kind === "walk_run");

// Back at level: the top level (3 × 40 min on Mon, Wed, Fri) done for a week, completed on Monday 10 March.
function atTop(extra: CheckIn[] = [], events: ReturnType<typeof buildEvent>[] = []) {
  const top = stateOn(
    buildScenario({ intake: joint, events: [buildEvent("override", { date: START, phase: 4 })] }),
    START,
  ).level!.total;
  const base = [buildEvent("override", { date: START, phase: 4 }), buildEvent("override", { date: START, level: top })];
  const runs = [START, "2025-03-05", "2025-03-07", "2025-03-10"].map((d) => run40(d));
  return buildScenario({ intake: joint, events: [...base, ...events], checkIns: [...runs, ...extra] });
}

describe("after back at level every rule still applies", () => {
  it("is back at level on 10 March", () => {
    expect(stateOn(atTop(), "2025-03-10")).toMatchObject({
      status: "completed",
      projection: { backToLevelOn: "2025-03-10" },
    });
  });

  it("pain 10/10 at rest steps back, alerts the physio, plans no run two days later and reopens the plan", () => {
    const scenario = atTop([buildCheckIn({ date: "2025-03-11", painRest: 10 })]);
    const state = stateOn(scenario, "2025-03-11");
    expect(state.status).toBe("active");
    expect(state.lastDecision.action).toBe("step_back");
    expect(state.alerts.map((a) => a.key)).toContain("alert.painHigh");
    expect(runKinds(stateOn(scenario, "2025-03-12").today)).toEqual([]);
    expect(state.projection.backToLevelOn > "2025-03-11").toBe(true);
  });

  it("runs after it count for the old week: an extra run on Thursday leaves no run on Friday", () => {
    const scenario = atTop([run40("2025-03-12"), run40("2025-03-13")]);
    const friday = stateOn(scenario, "2025-03-13").week[4]!;
    expect(friday.date).toBe("2025-03-14");
    expect(runKinds(friday)).toEqual([]);
  });

  it("a red flag after it and a clearance reopen the plan a level lower with new dates", () => {
    const scenario = atTop(
      [buildCheckIn({ date: "2025-03-11", nightPain: true })],
      [buildEvent("clearance", { date: "2025-03-13" })],
    );
    const state = stateOn(scenario, "2025-03-13");
    expect(state.status).toBe("active");
    expect(state.level!.current).toBe(state.level!.total - 1);
    expect(state.projection.backToLevelOn > "2025-03-13").toBe(true);
  });
});

describe("only a run on a planned day counts", () => {
  const phase4 = [buildEvent("override", { date: START, phase: 4 })];
  it.each([
    {
      name: "a 53-min walk/run on Tuesday, a rest day",
      checkIns: [buildRunCheckIn({ date: "2025-03-04", minutes: 53 })],
    },
    {
      name: "a 35-min run the next day, after a planned run",
      checkIns: [
        buildRunCheckIn({ date: START }),
        buildRunCheckIn({ date: "2025-03-04", sessionKind: "run", minutes: 35 }),
      ],
    },
  ])("$name earns nothing", ({ checkIns }) => {
    const state = stateOn(buildScenario({ intake: joint, events: phase4, checkIns }), "2025-03-04");
    expect(state.level!.completions).toBe(checkIns.length - 1);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.hold.unplannedRun");
  });
});

describe("morning pain above 5 after a run at level 1", () => {
  // Pain on waking is pain at rest (DOMAIN §5): above 5 it steps back with rest days and, like
  // soreness (Fees et al. 1998), blocks a step up for a week, also at level 1 where no level is left.
  const events = [buildEvent("override", { date: START, phase: 4 })];
  const checkIns = [
    buildRunCheckIn({ date: START }),
    buildCheckIn({ date: "2025-03-05", painMorning: 6 }),
    buildRunCheckIn({ date: "2025-03-07" }),
    buildRunCheckIn({ date: "2025-03-10" }),
    buildRunCheckIn({ date: "2025-03-12" }),
  ];
  it.each([
    { today: "2025-03-05", level: 1, key: "reason.stepBack.painHighLevel" },
    { today: "2025-03-07", level: 1, key: "reason.hold.unplannedRun" },
    { today: "2025-03-10", level: 1, key: "reason.level.needsMoreRuns" },
    { today: "2025-03-12", level: 2, key: "reason.level.advanced" },
  ])("$today → level $level ($key)", ({ today, level, key }) => {
    const state = stateOn(buildScenario({ intake: joint, events, checkIns }), today);
    expect(state.level!.current).toBe(level);
    expect(state.lastDecision.reasons[0]?.key).toBe(key);
  });
});

describe("a day known only from a replaced version has no report", () => {
  it("it neither counts nor keeps the streak going", () => {
    const checkIns = [...painFreeDays(START, 2), buildCheckIn({ date: "2025-03-06" })];
    const earlierVersions = [buildCheckIn({ date: "2025-03-05" })];
    const state = stateOn({ ...buildScenario({ checkIns }), earlierVersions }, "2025-03-06");
    expect(state).toMatchObject({ phase: 1, gate: { streak: 1 } });
  });
});

describe("cross-training dose cap", () => {
  it("181 weekly minutes over one run a week: a 90-min session the PlanState schema accepts", () => {
    const intake = buildIntake({ weeklyMinutes: 181, runsPerWeek: 1, longestRunMinutes: 181 });
    const state = stateOn(buildScenario({ intake }), START);
    const week = state.week.flatMap((d) => d.sessions.filter((s) => s.kind === "cross_training"));
    expect(week.map((s) => s.minutes)).toEqual([90]);
    expect(PlanState.safeParse(state).success).toBe(true);
  });
});

// Rio et al. 2015: phase 1 tendon loading is isometric holds, for every site.
describe("a tendon's phase-1 loading is isometric holds", () => {
  it.each(["hamstring", "hip", "achilles", "knee"] as const)("%s", (site) => {
    const intake = buildIntake({ tissue: "tendon", site });
    const items = stateOn(buildScenario({ intake }), START)
      .week.flatMap((d) => d.sessions.filter((s) => s.kind === "strength"))
      .flatMap((s) => s.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.dose).toMatchObject({ sets: 5, holdSeconds: 45 });
    for (const item of items) expect(item.dose.reps).toBeUndefined();
  });
});

// Seeds 000 and 002: no run the day after a heavy strength day, also when a level changes.
describe("a level dropped by the break rule puts no run the day after a heavy strength day", () => {
  it("Tuesday heavy under the old level, the drop on Wednesday: no walk/run that day", () => {
    const intake = buildIntake({
      tissue: "joint",
      lastRunOn: "2025-02-01",
      trainingDays: [1, 2, 3, 4, 5, 6],
      weeklyMinutes: 60,
      runsPerWeek: 2,
      longestRunMinutes: 30,
    });
    const events = [buildEvent("override", { date: START, phase: 4 })];
    const specAt = (level: number) =>
      stateOn(buildScenario({ intake, events: [...events, buildEvent("override", { date: START, level })] }), START)
        .level!.spec;
    // The first continuous level (2 runs: Monday and Thursday, heavy strength on Tuesday).
    let level = 1;
    while (specAt(level).walkRun) level += 1;
    events.push(buildEvent("override", { date: START, level }));
    const checkIns = [buildRunCheckIn({ date: "2025-03-04", sessionKind: "run", minutes: 30 })];
    const tuesday = stateOn(buildScenario({ intake, events, checkIns }), "2025-03-11").today;
    expect(tuesday.sessions.map((s) => [s.kind, s.load])).toContainEqual(["strength", "heavy"]);
    const wednesday = stateOn(buildScenario({ intake, events, checkIns }), "2025-03-12");
    expect(wednesday.level!.current).toBe(level - 1);
    expect(wednesday.level!.spec.walkRun).not.toBeNull();
    expect(runKinds(wednesday.today)).toEqual([]);
    expect(wednesday.today.reasons).toContainEqual({ key: "reason.rest.afterHeavyStrength" });
  });
});
