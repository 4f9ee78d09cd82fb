// Every session the engine fills with exercises is the physio's to change (tendon loading included),
// an exercise swapped in takes its own dose, and a load can be a weight in kg or % of body weight.
import { describe, expect, it } from "vitest";
import {
  computePlanState,
  Dose,
  easeDose,
  getExercise,
  programSlotSpecs,
  slotDose,
  type PlanState,
  type SessionItem,
} from "@/lib/engine";
import { addDays, buildEvent, buildIntake, buildSettings } from "./factories";

const START = "2025-03-03"; // a Monday
const tendon = buildIntake({ startOn: START, site: "achilles", tissue: "tendon" });
const exercise = (id: string) => getExercise(id)!;

const tendonSessions = (state: PlanState) =>
  state.week.flatMap((d) => d.sessions.filter((s) => s.kind === "strength").map((s) => ({ date: d.date, ...s })));

describe("program slots", () => {
  it.each([
    [true, ["1:tendon_isometric", "2:tendon_slow_heavy", "2:mobility", "3:strength", "4:strength"]],
    [false, ["2:mobility", "3:strength", "4:strength"]],
  ])("with the tendon model %s the physio can change %j", (tendonLoading, slots) => {
    expect(programSlotSpecs("achilles", tendonLoading, "light").map((s) => `${s.phase}:${s.purpose}`)).toEqual(slots);
  });

  it("starts each tendon slot from the engine's own tendon routine", () => {
    const [iso, slow] = programSlotSpecs("knee", true, "light");
    expect(iso).toMatchObject({
      sessionKind: "strength",
      dosing: "isometric",
      defaults: ["wall-sit", "spanish-squat"],
    });
    expect(slow).toMatchObject({ sessionKind: "strength", dosing: "heavy", defaults: ["spanish-squat", "squat"] });
  });

  it.each([
    // Rio et al. 2015: five 45-second holds, whatever the exercise's own dose.
    ["glute-bridge", "isometric", { sets: 5, holdSeconds: 45, restSeconds: 60, side: "both", load: "body_weight" }],
    ["squat", "own", exercise("squat").dose],
    ["calf-stretch", "own", exercise("calf-stretch").dose],
  ] as const)("an exercise %s swapped into a %s slot takes that slot's dose", (id, dosing, dose) => {
    expect(slotDose(exercise(id), dosing)).toEqual(dose);
  });

  it("a swapped-in exercise never keeps the dose of the one it replaces", () => {
    const heelDrop = slotDose(exercise("heel-drop"), "heavy");
    const bridge = slotDose(exercise("glute-bridge"), "heavy");
    expect(bridge).not.toEqual(heelDrop);
    expect(bridge).toEqual(exercise("glute-bridge").stageDoses.heavy ?? exercise("glute-bridge").dose);
  });
});

describe("the physio's tendon loading", () => {
  const settings = buildSettings(tendon);
  const hold: SessionItem = {
    exerciseId: "wall-sit",
    dose: { sets: 4, holdSeconds: 30, timesPerDay: 2, load: "body_weight" },
  };
  const heavy: SessionItem = {
    exerciseId: "calf-raise",
    dose: { sets: 4, reps: 8, tempo: "controlled", load: "weight_kg", loadAmount: 12.5 },
  };
  const change = (phase: number, items: SessionItem[]) =>
    buildEvent("program_change", { date: START, phase, sessionKind: "strength", items });

  it("replaces the phase-1 isometric holds on the runner's days", () => {
    const state = computePlanState(
      { intake: tendon, settings, checkIns: [], events: [change(1, [hold])] },
      addDays(START, 6),
    );
    expect(state.phase).toBe(1);
    const days = tendonSessions(state);
    expect(days.length).toBeGreaterThan(0);
    for (const s of days) expect(s).toMatchObject({ items: [hold], byPhysio: { on: START } });
  });

  it("replaces the phase-2 slow heavy loading, and leaves phase 1 to the engine", () => {
    const toPhase2 = buildEvent("override", { date: START, phase: 2 });
    const state = computePlanState(
      { intake: tendon, settings, checkIns: [], events: [toPhase2, change(2, [heavy])] },
      addDays(START, 6),
    );
    expect(state.phase).toBe(2);
    const days = tendonSessions(state);
    expect(days.length).toBeGreaterThan(0);
    for (const s of days) expect(s.items).toEqual([heavy]);

    const phase1 = computePlanState(
      { intake: tendon, settings, checkIns: [], events: [change(2, [heavy])] },
      addDays(START, 6),
    );
    for (const s of tendonSessions(phase1)) expect(s.byPhysio).toBeUndefined();
  });
});

describe("a dose in kg, % of body weight and times a day", () => {
  const base = { sets: 3, reps: 8 };
  it.each([
    [{ load: "weight_kg", loadAmount: 12.5 }, true],
    [{ load: "weight_kg", loadAmount: 0 }, true],
    [{ load: "weight_kg", loadAmount: 200 }, true],
    [{ load: "weight_kg", loadAmount: 12.3 }, false],
    [{ load: "weight_kg", loadAmount: 200.5 }, false],
    [{ load: "weight_kg", loadAmount: -0.5 }, false],
    [{ load: "weight_kg" }, false],
    [{ load: "body_weight_percent", loadAmount: 20 }, true],
    [{ load: "body_weight_percent", loadAmount: 20.5 }, false],
    [{ load: "body_weight_percent", loadAmount: 201 }, false],
    [{ load: "body_weight", loadAmount: 10 }, false],
    [{ load: "body_weight", timesPerDay: 1 }, true],
    [{ load: "body_weight", timesPerDay: 6 }, true],
    [{ load: "body_weight", timesPerDay: 0 }, false],
    [{ load: "body_weight", timesPerDay: 7 }, false],
    [{ load: "body_weight", timesPerDay: 2.5 }, false],
  ])("%j parses: %s", (fields, ok) => {
    expect(Dose.safeParse({ ...base, ...fields }).success).toBe(ok);
  });

  it.each([
    [{ load: "weight_kg", loadAmount: 20 }, 10],
    [{ load: "weight_kg", loadAmount: 12.5 }, 6],
    [{ load: "weight_kg", loadAmount: 0.5 }, 0],
    [{ load: "body_weight_percent", loadAmount: 25 }, 12],
  ] as const)("an eased day halves %j to %s (rounded down to the step), one set fewer", (fields, amount) => {
    const eased = easeDose({ ...base, ...fields });
    expect(eased).toMatchObject({ sets: 2, load: fields.load, loadAmount: amount });
    expect(Dose.safeParse(eased).success).toBe(true);
  });
});
