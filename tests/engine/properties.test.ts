import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePlanState, toDay, toIso, type CheckIn, type Intake, type PlanState } from "@/lib/engine";
import { arbitraryDay, arbitraryIntake, type DayReport } from "./arbitraries";
import { buildScenario, simulate, type Scenario } from "./factories";

const START = "2025-03-03";
const DAYS = 70;

const intakeArb = arbitraryIntake(START, {
  tissues: ["bone", "muscle", "joint", "other", "unknown"],
  daysOff: { min: 0, max: 60 },
  longestRun: (weekly) => Math.max(5, Math.min(weekly, 60)),
});

const dayArb = arbitraryDay(4);

function run(intake: Intake, days: DayReport[]): { scenario: Scenario; states: PlanState[] } {
  return simulate(buildScenario({ intake }), days.length, (plan, i) => {
    const d = days[i]!;
    if (d.missing) return null;
    const isRun = plan.today.sessions.some((s) => s.kind === "run" || s.kind === "walk_run");
    return { painAfter: d.pain, swelling: d.flag, sleepHours: d.sleepHours, soreness: isRun ? d.soreness : undefined };
  });
}

const scenarioArb = fc.tuple(intakeArb, fc.array(dayArb, { minLength: DAYS, maxLength: DAYS }));
const isPainFree = (c: CheckIn | undefined) =>
  !!c &&
  Math.max(c.painRest, c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning) === 0 &&
  !c.swelling &&
  !c.nightPain &&
  !c.limping &&
  !c.boneTenderness;

describe("engine invariants (fast-check)", () => {
  it("never advances on a painful or missing day, never skips a phase, projection ≥ phase-4 start + 2 × weeks off", () => {
    fc.assert(
      fc.property(scenarioArb, ([intake, days]) => {
        const { scenario, states } = run(intake, days);
        const byDate = new Map(scenario.checkIns.map((c) => [c.date, c]));
        const final = states.at(-1)!;
        for (const decision of final.history.decisions) {
          if (decision.action === "advance")
            expect(isPainFree(byDate.get(decision.on ?? "")), `advance on ${decision.on}`).toBe(true);
        }
        const phases = final.history.phases.map((p) => p.phase);
        phases.forEach((phase, i) => expect(phase).toBe(i + 1));
        for (const p of final.history.phases.slice(1)) {
          expect(isPainFree(byDate.get(toIso(toDay(p.startedOn) - 1)))).toBe(true);
        }
        for (const state of states) {
          const floor = toDay(state.projection.phase4StartOn) + 14 * state.projection.weeksOff;
          expect(toDay(state.projection.backToLevelOn)).toBeGreaterThanOrEqual(floor);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("weekly running never exceeds the pre-injury volume and walk/run days are never back to back", () => {
    fc.assert(
      fc.property(scenarioArb, ([intake, days]) => {
        const { scenario, states } = run(intake, days);
        for (const state of states) {
          const planned = state.week.reduce((sum, d) => sum + d.sessions.reduce((s, x) => s + x.runMinutes, 0), 0);
          expect(planned).toBeLessThanOrEqual(intake.weeklyMinutes);
          const walkRunDays = state.week.map((d) => d.sessions.some((s) => s.kind === "walk_run"));
          walkRunDays.forEach((isWalkRun, i) => expect(isWalkRun && walkRunDays[i + 1]).toBeFalsy());
        }
        const walkRuns = new Set(
          scenario.checkIns.filter((c) => c.sessionKind === "walk_run").map((c) => toDay(c.date)),
        );
        for (const day of walkRuns) expect(walkRuns.has(day + 1)).toBe(false);
        const weekly = new Map<number, number>();
        for (const state of states) {
          const run = state.today.sessions.find((s) => s.kind === "run" || s.kind === "walk_run");
          const week = toDay(state.week[0]!.date);
          if (run && scenario.checkIns.some((c) => c.date === state.asOf))
            weekly.set(week, (weekly.get(week) ?? 0) + run.runMinutes);
        }
        for (const minutes of weekly.values()) expect(minutes).toBeLessThanOrEqual(intake.weeklyMinutes);
      }),
      { numRuns: 25 },
    );
  });

  it("is deterministic: the same input twice, or shuffled, gives a deep-equal state", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: DAYS - 1 }), ([intake, days], offset) => {
        const { scenario } = run(intake, days.slice(0, 40));
        const today = toIso(toDay(START) + Math.min(offset, 45));
        const first = computePlanState(scenario, today);
        expect(computePlanState(scenario, today)).toEqual(first);
        expect(computePlanState({ ...scenario, checkIns: [...scenario.checkIns].reverse() }, today)).toEqual(first);
      }),
      { numRuns: 15 },
    );
  });
});
