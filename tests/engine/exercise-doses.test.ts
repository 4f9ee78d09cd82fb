import { describe, expect, it } from "vitest";
import { Dose, easeDose, exerciseLibrary, getExercise, prescribe, stageDose, strengthRoutines } from "@/lib/engine";
import { buildIntake, buildScenario, buildEvent, stateOn } from "./factories";

describe("every library exercise is prescribable and drawn", () => {
  it.each(exerciseLibrary.map((e) => [e.id, e] as const))(
    "%s has a valid dose, stage doses and a figure with texts in both languages",
    (_id, exercise) => {
      expect(Dose.safeParse(exercise.dose).success).toBe(true);
      for (const dose of Object.values(exercise.stageDoses)) expect(Dose.safeParse(dose).success).toBe(true);
      expect(exercise.figure.poses.length).toBeGreaterThanOrEqual(2);
      for (const pose of exercise.figure.poses) {
        expect(pose.alt.en.length).toBeGreaterThan(3);
        expect(pose.alt.nl.length).toBeGreaterThan(3);
        expect(pose.alt.nl).not.toBe(pose.alt.en);
      }
    },
  );
});

// Dose growth, seed 003 (light → heavier → running-specific) with heavy slow resistance (Beyer 2015)
// and eccentric heel drops lowering in 3 s (Alfredson 1998).
describe("dose by strength stage", () => {
  it.each([
    ["squat", "light", { sets: 3, reps: 12, load: "body_weight" }],
    ["squat", "heavy", { sets: 4, reps: 8, load: "last_two_hard", restSeconds: 120 }],
    ["calf-raise", "light", { sets: 3, reps: 15, side: "both", load: "body_weight" }],
    ["calf-raise", "heavy", { sets: 4, reps: 10, side: "each", load: "backpack_5kg" }],
    ["calf-raise", "running_specific", { sets: 3, reps: 12, side: "each", load: "backpack_10kg" }],
    ["heel-drop", "heavy", { sets: 3, reps: 15, side: "each", tempo: "eccentric_3s", load: "body_weight" }],
    ["heel-drop", "running_specific", { tempo: "eccentric_3s", load: "backpack_5kg" }],
    ["isometric-calf-hold", "light", { sets: 5, holdSeconds: 45, load: "hold_support" }],
    ["plank", "running_specific", { sets: 3, holdSeconds: 60 }],
    ["pogo-hops", "running_specific", { sets: 3, reps: 20, tempo: "quick" }],
  ] as const)("%s at %s", (id, stage, expected) => {
    expect(stageDose(getExercise(id)!, stage)).toMatchObject(expected);
  });

  it("never gets lighter from one stage to the next (load, or else more work)", () => {
    const order = ["body_weight", "hold_support", "band", "backpack_5kg", "backpack_10kg", "last_two_hard"];
    for (const exercise of exerciseLibrary.filter((e) => e.category === "strength")) {
      const [light, heavy, specific] = (["light", "heavy", "running_specific"] as const).map((s) =>
        stageDose(exercise, s),
      );
      for (const [a, b] of [
        [light, heavy],
        [heavy, specific],
      ] as const) {
        const volume = (d: Dose) =>
          (d.sets ?? 1) * (d.reps ?? d.holdSeconds ?? d.seconds ?? 1) * (d.side === "each" ? 2 : 1);
        const heavier = order.indexOf(b!.load) >= order.indexOf(a!.load);
        expect(heavier || volume(b!) >= volume(a!), exercise.id).toBe(true);
      }
    }
  });
});

// An eased day (seed 004) is never heavy.
describe("eased day", () => {
  it.each([
    [
      { sets: 4, reps: 8, load: "last_two_hard" },
      { sets: 3, reps: 8, load: "backpack_5kg" },
    ],
    [
      { sets: 3, reps: 15, load: "backpack_5kg" },
      { sets: 2, reps: 15, load: "body_weight" },
    ],
    [
      { sets: 1, holdSeconds: 45, load: "body_weight" },
      { sets: 1, holdSeconds: 45, load: "body_weight" },
    ],
    [
      { minutes: 40, load: "easy_pace" },
      { minutes: 30, load: "easy_pace" },
    ],
  ] as const)("%o → %o", (dose, expected) => {
    expect(easeDose(dose)).toEqual(expected);
  });
});

describe("sessions list their items with doses", () => {
  it("a phase 3 strength day lists the routine in order with the stage's dose", () => {
    const intake = buildIntake({ site: "achilles" });
    const state = stateOn(
      buildScenario({ intake, events: [buildEvent("override", { date: "2025-03-03", phase: 3 })] }),
      "2025-03-03",
    );
    const strength = state.today.sessions.find((s) => s.kind === "strength");
    expect(strength?.items.map((i) => i.exerciseId)).toEqual(strengthRoutines.achilles.light);
    expect(strength?.items[0]?.dose).toEqual(getExercise("isometric-calf-hold")!.dose);
  });

  it("cross-training options last as long as the session", () => {
    const state = stateOn(buildScenario(), "2025-03-03");
    const cross = state.today.sessions.find((s) => s.kind === "cross_training");
    expect(cross?.items.length).toBeGreaterThan(0);
    expect(cross?.items.every((i) => i.dose.minutes === cross.minutes)).toBe(true);
  });

  it("prescribe eases every dose on an eased session", () => {
    const items = prescribe([getExercise("squat")!], { kind: "strength", load: "heavy", minutes: 35, eased: true });
    expect(items[0]?.dose).toMatchObject({ sets: 3, load: "backpack_5kg" });
  });

  it.each([
    [{ reps: -1, load: "body_weight" }],
    [{ reps: 10000, load: "body_weight" }],
    [{ sets: 3, load: "body_weight" }],
    [{ reps: 10, load: "a_piano" }],
  ])("the Dose schema refuses %o", (dose) => {
    expect(Dose.safeParse(dose).success).toBe(false);
  });
});
