import {
  computePlanState,
  defaultSettings,
  toDay,
  toIso,
  type CheckIn,
  type Intake,
  type PlanEvent,
  type PlanSettings,
  type PlanState,
} from "@/lib/engine";
import { quietCheckIn } from "@/lib/scripts/sample-check-in";

// Test-data factories: a runner, check-ins and events with safe defaults; override what a test is about.

export function buildIntake(overrides: Partial<Intake> = {}): Intake {
  return {
    site: "calf",
    tissue: "muscle",
    lastRunOn: "2025-03-01",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 60,
    trainingDays: [1, 3, 5, 7],
    startOn: "2025-03-03",
    ...overrides,
  };
}

export function buildSettings(intake: Intake = buildIntake(), overrides: Partial<PlanSettings> = {}): PlanSettings {
  return { ...defaultSettings(intake), ...overrides };
}

export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return quietCheckIn("2025-03-03", overrides);
}

export function buildRunCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return buildCheckIn({ sessionKind: "walk_run", minutes: 20, soreness: "none", rpe: 3, ...overrides });
}

export function buildEvent<K extends PlanEvent["kind"]>(
  kind: K,
  fields: Omit<Extract<PlanEvent, { kind: K }>, "kind" | "by"> & { by?: "physio" | "runner" },
): PlanEvent {
  return { by: "physio", ...fields, kind } as PlanEvent;
}

export function addDays(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** Pain-free check-ins for every day in [from, from + count). */
export function painFreeDays(from: string, count: number, overrides: Partial<CheckIn> = {}): CheckIn[] {
  return Array.from({ length: count }, (_, i) => buildCheckIn({ date: addDays(from, i), ...overrides }));
}

/** All four Goom readiness tests passed pain-free. */
export const passedReadiness: NonNullable<CheckIn["readiness"]> = {
  walk: { minutes: 30, pain: 0 },
  calfRaise: { left: 20, right: 20, pain: 0 },
  singleLegSquat: { left: 10, right: 10, pain: 0 },
  hop: { count: 15, pain: 0 },
};

export interface Scenario {
  intake: Intake;
  settings: PlanSettings;
  checkIns: CheckIn[];
  events: PlanEvent[];
  earlierVersions?: CheckIn[];
}

export function buildScenario(overrides: Partial<Scenario> = {}): Scenario {
  const intake = overrides.intake ?? buildIntake();
  return {
    intake,
    settings: overrides.settings ?? defaultSettings(intake),
    checkIns: overrides.checkIns ?? [],
    events: overrides.events ?? [],
  };
}

export function stateOn(scenario: Scenario, today: string): PlanState {
  return computePlanState(scenario, today);
}

/**
 * A runner who does exactly what the plan says each day, reporting what `report` returns for
 * that day's plan. Returns the scenario with all check-ins and the final state.
 */
export function simulate(
  base: Scenario,
  days: number,
  report: (plan: PlanState, day: number) => Partial<CheckIn> | null,
): { scenario: Scenario; states: PlanState[] } {
  const checkIns: CheckIn[] = [...base.checkIns];
  const states: PlanState[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(base.intake.startOn, i);
    const before = computePlanState({ ...base, checkIns }, date);
    const fields = report(before, i);
    if (fields) checkIns.push(checkInFromPlan(before, date, fields));
    states.push(computePlanState({ ...base, checkIns }, date));
  }
  return { scenario: { ...base, checkIns }, states };
}

function checkInFromPlan(state: PlanState, date: string, fields: Partial<CheckIn>): CheckIn {
  const run = state.today.sessions.find((s) => s.kind === "run" || s.kind === "walk_run");
  const main = run ?? state.today.sessions[0];
  const kind = main?.kind ?? "rest";
  return buildCheckIn({
    date,
    sessionKind: kind,
    minutes: main?.minutes ?? 0,
    rpe: kind === "rest" ? undefined : 4,
    soreness: run ? "none" : undefined,
    readiness:
      state.phase === 3 && state.today.sessions.some((s) => s.kind === "readiness_tests") ? passedReadiness : undefined,
    ...fields,
  });
}
