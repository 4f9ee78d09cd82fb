import { describe, expect, it } from "vitest";
import { toDay, type PlanEvent } from "@/lib/engine";
import { buildEvent, buildIntake, buildRunCheckIn, buildScenario, simulate, stateOn } from "./factories";

// One date: a physio's return date is the target the levels are paced toward within the
// safety limits (Fees et al. 1998: levels a week, runs a level; Nielsen et al. 2014: 30 % in two
// weeks); when even the fastest safe pace cannot make it, the one date shown is the earliest safe one.
const START = "2025-03-03";
const inPhase4 = buildEvent("override", { date: START, phase: 4 });
const target = (date: string) => buildEvent("override", { date: START, backToLevelOn: date });
const joint = buildIntake({
  tissue: "joint",
  lastRunOn: "2025-02-01",
  weeklyMinutes: 60,
  runsPerWeek: 2,
  longestRunMinutes: 30,
});
const muscle = { ...joint, tissue: "muscle" as const };

function followFrom(intake: typeof joint, events: PlanEvent[], days = 150) {
  const { states } = simulate(buildScenario({ intake, events }), days, (plan) =>
    plan.status === "completed" ? null : {},
  );
  const last = states.at(-1)!;
  return last.history.decisions.find((d) => d.reasons.some((r) => r.key === "reason.completed"))?.on ?? null;
}

describe("a physio's return date is the pace target", () => {
  it.each([
    { name: "joint, target 4 weeks after the rule", intake: joint, date: "2025-05-26" },
    { name: "muscle, target 2 weeks before the rule", intake: muscle, date: "2025-04-14" },
  ])("$name: one date, and a pain-free runner is back at level by it", ({ intake, date }) => {
    const events = [inPhase4, target(date)];
    const state = stateOn(buildScenario({ intake, events }), START);
    expect(state.projection).toMatchObject({ backToLevelOn: date, isOverridden: true, safetyOn: null });
    expect(state.projection.reasons).toContainEqual({ key: "projection.physioTarget", params: { date } });
    const completedOn = followFrom(intake, events);
    expect(completedOn).not.toBeNull();
    expect(toDay(completedOn!) - toDay(date)).toBeLessThanOrEqual(7);
    // Paced toward the date, not rushed: not more than two weeks early.
    expect(toDay(date) - toDay(completedOn!)).toBeLessThanOrEqual(14);
  });

  it("a date the safety limits cannot make: the earliest safe date is the one date, with the reason", () => {
    const events = [inPhase4, target("2025-03-24")];
    const state = stateOn(buildScenario({ intake: joint, events }), START);
    const earliest = state.projection.backToLevelOn;
    expect(earliest > "2025-03-24").toBe(true);
    expect(state.projection.safetyOn).toBeNull();
    expect(state.projection.reasons).toContainEqual({
      key: "projection.earliestSafe",
      params: { date: "2025-03-24", earliest, perWeek: 1, runs: 2 },
    });
    // The same safe date as without a target: the target never speeds the levels past the limits.
    const free = stateOn(buildScenario({ intake: joint, events: [inPhase4] }), START).projection;
    expect(earliest).toBe(free.safetyOn ?? free.backToLevelOn);
  });

  it.each([
    { name: "no target", events: [inPhase4] },
    { name: "a physio's target", events: [inPhase4, target("2025-05-26")] },
    { name: "an unreachable target", events: [inPhase4, target("2025-03-24")] },
  ])("every place reads one date: the history's latest entry is the projection's ($name)", ({ events }) => {
    const checkIns = [buildRunCheckIn({ date: START }), buildRunCheckIn({ date: "2025-03-05" })];
    const state = stateOn(buildScenario({ intake: joint, events, checkIns }), "2025-03-06");
    expect(state.history.projections.at(-1)?.backToLevelOn).toBe(state.projection.backToLevelOn);
  });
});
