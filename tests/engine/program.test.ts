import { describe, expect, it } from "vitest";
import { computePlanState, PlanEvent, type Dose, type PlanState } from "@/lib/engine";
import { addDays, buildCheckIn, buildEvent, buildIntake, buildSettings, painFreeDays } from "./factories";

const START = "2025-03-03"; // a Monday
const intake = buildIntake({ startOn: START, tissue: "joint" });
const settings = buildSettings(intake);
const toPhase3 = buildEvent("override", { date: START, phase: 3 });
const program = (date: string, items: { exerciseId: string; dose: Dose }[], instruction?: string) =>
  buildEvent("program_change", {
    date,
    phase: 3,
    sessionKind: "strength",
    items,
    ...(instruction ? { instruction } : {}),
  });
const heelDrop = {
  exerciseId: "heel-drop",
  dose: { sets: 3, reps: 15, tempo: "eccentric_3s", side: "each", load: "backpack_5kg" } as Dose,
};
const wallSit = { exerciseId: "wall-sit", dose: { sets: 2, holdSeconds: 40, load: "body_weight" } as Dose };

function strengthDays(state: PlanState) {
  return state.week.flatMap((d) =>
    d.sessions.filter((s) => s.kind === "strength").map((s) => ({ date: d.date, ...s })),
  );
}

describe("the physio's program (program_change)", () => {
  it("replaces the exercises and doses of every matching session from its date, marked as the physio's", () => {
    const events = [toPhase3, program(addDays(START, 2), [heelDrop, wallSit], "Slow on the way down")];
    const state = computePlanState({ intake, settings, checkIns: painFreeDays(START, 6), events }, addDays(START, 6));
    const days = strengthDays(state);
    expect(days.length).toBeGreaterThan(1);
    for (const s of days.filter((d) => d.date >= addDays(START, 2))) {
      expect(s.items).toEqual([heelDrop, wallSit]);
      expect(s.exercises).toEqual(["heel-drop", "wall-sit"]);
      expect(s.byPhysio).toEqual({ on: addDays(START, 2), instruction: "Slow on the way down" });
    }
    const before = days.filter((d) => d.date < addDays(START, 2));
    expect(before.length).toBeGreaterThan(0);
    for (const s of before) {
      expect(s.byPhysio).toBeUndefined();
      expect(s.items.map((i) => i.exerciseId)).toEqual(s.exercises);
    }
  });

  it("leaves other phases and session kinds alone, and an empty program brings the default back", () => {
    const other = buildEvent("program_change", { date: START, phase: 4, sessionKind: "strength", items: [heelDrop] });
    const withOther = computePlanState(
      { intake, settings, checkIns: [], events: [toPhase3, other] },
      addDays(START, 6),
    );
    expect(strengthDays(withOther).every((s) => s.byPhysio === undefined)).toBe(true);

    const reset = computePlanState(
      {
        intake,
        settings,
        checkIns: [],
        events: [toPhase3, program(START, [heelDrop]), program(addDays(START, 1), [])],
      },
      addDays(START, 6),
    );
    expect(
      strengthDays(reset)
        .filter((s) => s.date >= addDays(START, 1))
        .every((s) => s.byPhysio === undefined && !s.exercises.includes("heel-drop")),
    ).toBe(true);
  });

  it("eases the physio's dose on an eased day (a short night)", () => {
    const events = [toPhase3, program(START, [heelDrop])];
    const state = computePlanState(
      { intake, settings, checkIns: painFreeDays(START, 7, { sleepHours: 4 }), events },
      addDays(START, 6),
    );
    const eased = strengthDays(state).filter((s) => s.eased);
    expect(eased.length).toBeGreaterThan(0);
    // The physio's dose is eased like the engine's (exercises/prescribe.ts): one set fewer, one load step lighter.
    expect(eased[0]!.items[0]!.dose).toMatchObject({ sets: 2, reps: 15, load: "body_weight" });
  });

  it.each([
    ["a dose of -1", { sets: -1, reps: 10, load: "body_weight" }],
    ["10,000 reps", { sets: 3, reps: 10_000, load: "body_weight" }],
    ["no amount", { sets: 3, load: "body_weight" }],
    ["an unknown load", { reps: 10, load: "a car" }],
  ])("a program_change with %s does not parse", (_name, dose) => {
    expect(
      PlanEvent.safeParse({
        kind: "program_change",
        date: START,
        by: "physio",
        phase: 3,
        sessionKind: "strength",
        items: [{ exerciseId: "squat", dose }],
      }).success,
    ).toBe(false);
  });
});

describe("pauses (interruption and interruption_end)", () => {
  const pause = buildEvent("interruption", {
    date: addDays(START, 3),
    from: addDays(START, 3),
    to: addDays(START, 20),
    reason: "illness",
  });

  it("plans rest during the pause, reports it and ends it on the day the runner or physio says", () => {
    const paused = computePlanState(
      { intake, settings, checkIns: painFreeDays(START, 3), events: [pause] },
      addDays(START, 5),
    );
    expect(paused.pause).toEqual({ from: addDays(START, 3), to: addDays(START, 20), reason: "illness" });
    expect(paused.today.sessions.map((s) => s.kind)).toEqual(["rest"]);

    const ended = computePlanState(
      {
        intake,
        settings,
        checkIns: painFreeDays(START, 3),
        events: [pause, buildEvent("interruption_end", { date: addDays(START, 6) })],
      },
      addDays(START, 6),
    );
    expect(ended.pause).toBeNull();
    expect(ended.today.reasons.map((r) => r.key)).not.toContain("reason.rest.interruption");
  });

  it("moves the projection in phase 4 and back when the pause is ended early", () => {
    const phase4 = buildEvent("override", { date: START, phase: 4 });
    const plain = computePlanState({ intake, settings, checkIns: [], events: [phase4] }, addDays(START, 4));
    const paused = computePlanState({ intake, settings, checkIns: [], events: [phase4, pause] }, addDays(START, 4));
    expect(paused.projection.backToLevelOn > plain.projection.backToLevelOn).toBe(true);
    const ended = computePlanState(
      {
        intake,
        settings,
        checkIns: [],
        events: [phase4, pause, buildEvent("interruption_end", { date: addDays(START, 4) })],
      },
      addDays(START, 4),
    );
    expect(ended.projection.backToLevelOn < paused.projection.backToLevelOn).toBe(true);
  });
});

describe("intake corrections", () => {
  it("replays the plan with the corrected running (cross-training minutes follow the weekly minutes)", () => {
    const before = computePlanState({ intake, settings, checkIns: [], events: [] }, START);
    const corrected = computePlanState(
      {
        intake,
        settings,
        checkIns: [],
        events: [buildEvent("intake_correction", { date: START, intake: { weeklyMinutes: 240 } })],
      },
      START,
    );
    const minutes = (s: PlanState) =>
      s.week.flatMap((d) => d.sessions).find((x) => x.kind === "cross_training")?.minutes;
    expect(minutes(before)).toBe(40);
    expect(minutes(corrected)).toBe(80);
  });

  it("skips a correction that would make the intake inconsistent (longest run over the weekly total)", () => {
    const bad = buildEvent("intake_correction", { date: START, intake: { longestRunMinutes: 300 } });
    expect(computePlanState({ intake, settings, checkIns: [], events: [bad] }, START)).toEqual(
      computePlanState({ intake, settings, checkIns: [], events: [] }, START),
    );
  });
});

describe("weekly adherence", () => {
  it("counts planned and done sessions and planned vs reported running minutes per week", () => {
    const phase4 = buildEvent("override", { date: START, phase: 4 });
    const state = computePlanState({ intake, settings, checkIns: [], events: [phase4] }, addDays(START, 6));
    // Today (Sunday) is not counted before its report.
    const planned = state.week
      .filter((d) => d.date < addDays(START, 6))
      .flatMap((d) => d.sessions)
      .filter((s) => s.kind !== "rest");
    const plannedRun = planned
      .filter((s) => s.kind === "walk_run" || s.kind === "run")
      .reduce((sum, s) => sum + s.minutes, 0);
    expect(state.adherence).toEqual([
      {
        weekStart: START,
        plannedSessions: planned.length,
        doneSessions: 0,
        plannedRunMinutes: plannedRun,
        runMinutes: 0,
      },
    ]);

    const runDay = state.week.find(
      (d) => d.date < addDays(START, 6) && d.sessions.some((s) => s.kind === "walk_run"),
    )!.date;
    const done = computePlanState(
      {
        intake,
        settings,
        checkIns: [buildCheckIn({ date: runDay, sessionKind: "walk_run", minutes: 25, soreness: "none" })],
        events: [phase4],
      },
      addDays(START, 6),
    );
    expect(done.adherence[0]).toMatchObject({ doneSessions: 1, runMinutes: 25 });
  });

  it("does not count today before the report, nor the days of a pause", () => {
    const today = computePlanState({ intake, settings, checkIns: [], events: [] }, START);
    expect(today.adherence).toEqual([]);
    const pause = buildEvent("interruption", { date: START, from: START, to: addDays(START, 6), reason: "holiday" });
    const paused = computePlanState({ intake, settings, checkIns: [], events: [pause] }, addDays(START, 6));
    expect(paused.adherence[0]).toMatchObject({ plannedSessions: 0, doneSessions: 0 });
  });
});
