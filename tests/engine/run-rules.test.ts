import { describe, expect, it } from "vitest";
import { buildLadder, startOfWeek, toDay, type CheckIn, type PlanEvent } from "@/lib/engine";
import { buildCheckIn, buildEvent, buildIntake, buildRunCheckIn, buildScenario, simulate, stateOn } from "./factories";

// Phase 4 from Monday 2025-03-03, last run 2025-02-01: 4 weeks off; level 1 is 4 × (0.5 jog + 4.5 walk).
const START = "2025-03-03";
// A joint follows the general ladder rules (one level a week from level 1); muscle re-entry is in tissue-targets.
const intake = buildIntake({ lastRunOn: "2025-02-01", tissue: "joint" });
function phase4(checkIns: CheckIn[] = [], extra: PlanEvent[] = [], runner = intake) {
  return buildScenario({
    intake: runner,
    checkIns,
    events: [buildEvent("override", { date: START, phase: 4 }), ...extra],
  });
}

// Fees et al. 1998 and DOMAIN §4: a run counts at (nearly) the prescribed minutes: ≥ 90 %.
describe("a run counts only at (nearly) its prescribed minutes (Fees et al. 1998)", () => {
  it.each([
    { minutes: 20, counts: true },
    { minutes: 18, counts: true },
    { minutes: 17, counts: false },
    { minutes: 5, counts: false },
  ])("$minutes of a 20-minute walk/run → counts: $counts", ({ minutes, counts }) => {
    const state = stateOn(phase4([buildRunCheckIn({ date: START, minutes })]), START);
    expect(state.level?.completions).toBe(counts ? 1 : 0);
    if (!counts)
      expect(state.lastDecision.reasons[0]).toEqual({
        key: "reason.hold.runTooShort",
        params: { done: minutes, planned: 20 },
      });
  });
});

// Fees et al. 1998: next-day soreness → 1 day off, do not advance; the level's runs start again.
describe("next-day soreness restarts the level's runs and blocks a step up for a week (Fees et al. 1998)", () => {
  const sore = (date: string) =>
    buildCheckIn({ date, sessionKind: "rest", rpe: undefined, minutes: 0, soreness: "next_day" });
  it.each([
    {
      name: "two good runs, then soreness: nothing counted",
      checkIns: [buildRunCheckIn({ date: START }), buildRunCheckIn({ date: "2025-03-05" })],
      today: "2025-03-06",
      completions: 0,
      level: 1,
    },
    {
      // The day after the soreness is a rest day: the runs are on the next planned days (Mon, Wed).
      name: "two more runs within the week: still no step up",
      checkIns: [buildRunCheckIn({ date: "2025-03-10" }), buildRunCheckIn({ date: "2025-03-12" })],
      today: "2025-03-12",
      completions: 2,
      level: 1,
    },
    {
      name: "a week after the soreness the next good run steps up",
      checkIns: [
        buildRunCheckIn({ date: "2025-03-10" }),
        buildRunCheckIn({ date: "2025-03-12" }),
        buildRunCheckIn({ date: "2025-03-14" }),
      ],
      today: "2025-03-14",
      completions: 0,
      level: 2,
    },
  ])("$name", ({ checkIns, today, completions, level }) => {
    const base = [buildRunCheckIn({ date: START }), buildRunCheckIn({ date: "2025-03-05" }), sore("2025-03-06")];
    const all = [...base, ...checkIns].filter((c, i, list) => list.findIndex((x) => x.date === c.date) === i);
    const state = stateOn(phase4(all), today);
    expect(state.level).toMatchObject({ current: level, completions });
    if (level === 1 && today === "2025-03-12")
      expect(state.lastDecision.reasons[0]).toEqual({
        key: "reason.level.afterSoreness",
        params: { nextOn: "2025-03-13" },
      });
  });
});

// DOMAIN §5: pain above 5 during or after a session or at rest is no red flag, but steps back with rest days.
describe("pain above 5 during or after a session or at rest steps back with rest days and alerts (DOMAIN §5)", () => {
  it.each([
    {
      name: "during a run, phase 4",
      checkIns: [buildRunCheckIn({ date: START, painDuring: 6 })],
      phase4: true,
      stepBack: true,
    },
    {
      name: "during cross-training, phase 1",
      checkIns: [buildCheckIn({ date: START, painDuring: 7 })],
      phase4: false,
      stepBack: true,
    },
    {
      name: "a tendon at 6 during loading",
      checkIns: [buildCheckIn({ date: START, painDuring: 6 })],
      phase4: false,
      stepBack: true,
      runner: buildIntake({ tissue: "tendon", site: "achilles" }),
    },
    {
      name: "after a run, phase 4",
      checkIns: [buildRunCheckIn({ date: START, painAfter: 6 })],
      phase4: true,
      stepBack: true,
    },
    { name: "at rest, phase 4", checkIns: [buildCheckIn({ date: START, painRest: 6 })], phase4: true, stepBack: true },
    {
      name: "after cross-training, phase 1",
      checkIns: [buildCheckIn({ date: START, painAfter: 7 })],
      phase4: false,
      stepBack: true,
    },
    {
      name: "a tendon at 6 after loading",
      checkIns: [buildCheckIn({ date: START, painAfter: 6 })],
      phase4: false,
      stepBack: true,
      runner: buildIntake({ tissue: "tendon", site: "achilles" }),
    },
    {
      name: "a tendon at 5 after loading: within the model",
      checkIns: [buildCheckIn({ date: START, painAfter: 5 })],
      phase4: false,
      stepBack: false,
      runner: buildIntake({ tissue: "tendon", site: "achilles" }),
    },
  ])("$name → step back: $stepBack", ({ checkIns, phase4: inPhase4, stepBack, runner }) => {
    const scenario = inPhase4 ? phase4(checkIns) : buildScenario({ intake: runner ?? intake, checkIns });
    const state = stateOn(scenario, START);
    expect(state.status).toBe("active");
    expect(state.redFlags).toEqual([]);
    expect(state.lastDecision.action === "step_back").toBe(stepBack);
    expect(state.alerts.some((a) => a.key === "alert.painHigh")).toBe(stepBack);
    if (stepBack) {
      expect(state.restUntil).toBe("2025-03-06");
      expect(stateOn(scenario, "2025-03-05").today.sessions.map((s) => s.kind)).toEqual(["rest"]);
    }
  });
});

// physioadvisor return-to-running stages: 0.5–1 min more jogging per block per step, never more.
describe("walk/run steps grow the jog share by 0.5–1 min per block (physioadvisor)", () => {
  it.each([2, 4, 8, 12, 18, 30])("rebuild over %i weeks", (rebuildWeeks) => {
    const jogs = buildLadder({ weeklyMinutes: 150, spacedRuns: 3, maxRuns: 4, rebuildWeeks })
      .filter((l) => l.walkRun)
      .map((l) => l.walkRun!.jogMinutes);
    expect(jogs[0]).toBe(0.5);
    expect(jogs.at(-1)).toBe(4.5);
    for (let i = 1; i < jogs.length; i++) expect([0.5, 1]).toContain(jogs[i]! - jogs[i - 1]!);
  });
});

// DOMAIN §4: never a run longer than the longest pre-injury run; with few days the old week is out of reach.
describe("caps from the runner's own running before the injury (DOMAIN §4)", () => {
  it.each([
    { longestRunMinutes: 25, weeklyMinutes: 200, runsPerWeek: 3, top: 75, capped: true },
    { longestRunMinutes: 60, weeklyMinutes: 120, runsPerWeek: 3, top: 120, capped: false },
    { longestRunMinutes: 12, weeklyMinutes: 40, runsPerWeek: 4, top: 36, capped: true },
  ])(
    "longest $longestRunMinutes min, $runsPerWeek runs: top week $top min",
    ({ longestRunMinutes, weeklyMinutes, runsPerWeek, top, capped }) => {
      const runner = buildIntake({
        lastRunOn: "2025-02-01",
        longestRunMinutes,
        weeklyMinutes,
        runsPerWeek,
        trainingDays: [1, 3, 5],
      });
      const ladder = buildLadder({ weeklyMinutes, spacedRuns: 2, maxRuns: 3, rebuildWeeks: 8, longestRunMinutes });
      expect(ladder.at(-1)?.weeklyRunMinutes).toBe(top);
      for (const level of ladder) {
        for (const minutes of level.runMinutes) expect(minutes).toBeLessThanOrEqual(longestRunMinutes);
        if (level.walkRun) expect(level.walkRun.blocks * 5).toBeLessThanOrEqual(Math.max(5, longestRunMinutes));
      }
      const state = stateOn(phase4([], [], runner), START);
      expect(state.projection.reasons.some((r) => r.key === "projection.volumeCapped")).toBe(capped);
    },
  );
});

// DOMAIN §5: a red flag means no run the day it is reported: today's plan is recomputed after the check-in.
describe("a red flag takes today's run off the plan", () => {
  it.each(["numbness", "suddenSharpPain", "limping"] as const)("%s on a run day", (flag) => {
    const before = stateOn(phase4(), START);
    expect(before.today.sessions.some((s) => s.kind === "walk_run")).toBe(true);
    const after = stateOn(phase4([buildCheckIn({ date: START, [flag]: true })]), START);
    expect(after.today.sessions.map((s) => s.kind)).toEqual(["rest"]);
    expect(after.week.every((d) => d.sessions.every((s) => s.kind === "rest"))).toBe(true);
  });
});

// DOMAIN §4 and Nielsen 2014 "as lived": a level change mid-week never stacks two levels' runs.
describe("a step up mid-week does not stack two levels' runs in one week", () => {
  it.each([
    {
      name: "3 runs a week, 4 training days",
      runner: buildIntake({ lastRunOn: "2025-01-15", weeklyMinutes: 150, runsPerWeek: 3, trainingDays: [1, 3, 5, 7] }),
    },
    {
      name: "5 runs a week, 6 training days",
      runner: buildIntake({
        lastRunOn: "2025-01-15",
        weeklyMinutes: 240,
        runsPerWeek: 5,
        longestRunMinutes: 70,
        trainingDays: [1, 2, 3, 4, 5, 6],
      }),
    },
  ])("$name", ({ runner }) => {
    const { scenario, states } = simulate(phase4([], [], runner), 84, () => ({}));
    const final = states.at(-1)!;
    const ladder = final.level!;
    const levelOn = (date: string) => [...final.history.levels].reverse().find((l) => l.from <= date)?.level ?? 1;
    const weekly = new Map<number, { minutes: number; levels: Set<number> }>();
    for (const state of states) {
      const run = state.today.sessions.find((s) => s.kind === "run" || s.kind === "walk_run");
      if (!run || !scenario.checkIns.some((c) => c.date === state.asOf)) continue;
      const week = startOfWeek(toDay(state.asOf));
      const entry = weekly.get(week) ?? { minutes: 0, levels: new Set<number>() };
      entry.minutes += run.runMinutes;
      entry.levels.add(levelOn(state.asOf));
      weekly.set(week, entry);
    }
    expect(ladder.current).toBeGreaterThan(3);
    const specs = new Map(
      states.flatMap((s) => (s.level ? [[s.level.current, s.level.spec.weeklyRunMinutes] as const] : [])),
    );
    for (const { minutes, levels } of weekly.values()) {
      const most = Math.max(...[...levels].map((l) => specs.get(l) ?? Infinity));
      expect(minutes).toBeLessThanOrEqual(most);
    }
  });
});
