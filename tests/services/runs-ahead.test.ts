// The handout's runs of the next two weeks: from the engine's plan, this week as planned and later
// weeks planned ahead (tentative), never past the 14th day.
import { describe, expect, it } from "vitest";
import { planRunsAhead } from "@/lib/server/plan/runs-ahead";
import { addDays, buildEvent, buildIntake, buildSettings } from "../engine/factories";

const START = "2025-03-03"; // a Monday
const intake = buildIntake({ startOn: START, trainingDays: [1, 3, 5, 7] });
const settings = buildSettings(intake);
const input = (phase: number) => ({
  intake,
  settings,
  checkIns: [],
  events: [buildEvent("override", { date: START, phase })],
});

describe("planRunsAhead", () => {
  it.each([
    ["a Monday", START],
    ["a Thursday", addDays(START, 3)],
    ["a Sunday", addDays(START, 6)],
  ])("in phase 4, from %s, lists the runs of exactly the next 14 days", (_name, today) => {
    const runs = planRunsAhead(input(4), today);
    const last = addDays(today, 13);
    expect(runs.length).toBeGreaterThan(2);
    for (const run of runs) {
      expect(run.date >= today && run.date <= last).toBe(true);
      expect(["run", "walk_run"]).toContain(run.kind);
      expect(run.minutes).toBeGreaterThan(0);
    }
    // One run a day at most, in date order; this week's runs are the plan, later ones planned ahead.
    const dates = runs.map((r) => r.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    const sunday = addDays(START, 6 + 7 * Math.floor((Date.parse(today) - Date.parse(START)) / (7 * 864e5)));
    for (const run of runs) expect(run.tentative).toBe(run.date > sunday);
    expect(runs.some((r) => r.date > addDays(today, 7))).toBe(true);
  });

  it.each([1, 2, 3])("in phase %i there is no run to list", (phase) => {
    expect(planRunsAhead(input(phase), addDays(START, 2))).toEqual([]);
  });
});
