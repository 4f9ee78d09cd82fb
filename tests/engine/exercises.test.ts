import { describe, expect, it } from "vitest";
import {
  exerciseLibrary,
  getExercise,
  mobilityRoutines,
  phase4Strength,
  readinessTestIds,
  strengthRoutines,
} from "@/lib/engine";

describe("exercise library (seeds 000, 001, 003)", () => {
  it.each(["squat", "deadlift", "lunge", "step-up", "hip-thrust", "calf-raise", "plank", "side-plank"])(
    "seed 000 table: %s",
    (id) => {
      const exercise = getExercise(id);
      expect(exercise?.category).toBe("strength");
    },
  );

  it.each([
    "heel-drop",
    "spanish-squat",
    "wall-sit",
    "clamshell",
    "side-lying-hip-abduction",
    "hamstring-bridge",
    "nordic-curl",
    "tibialis-raise",
    "toe-yoga",
    "short-foot",
    "ankle-alphabet",
    "single-leg-balance",
  ])("injury-specific: %s", (id) => expect(getExercise(id)).toBeDefined());

  it("every entry has Dutch and English name, how, why and watch-for", () => {
    for (const exercise of exerciseLibrary) {
      for (const field of [exercise.name, exercise.how, exercise.why, exercise.watch]) {
        expect(field.nl.length, exercise.id).toBeGreaterThan(2);
        expect(field.en.length, exercise.id).toBeGreaterThan(2);
      }
      expect(exercise.muscles.length).toBeGreaterThan(0);
      expect(exercise.phases.length).toBeGreaterThan(0);
    }
  });

  it("ids are unique", () => expect(new Set(exerciseLibrary.map((e) => e.id)).size).toBe(exerciseLibrary.length));

  it("every routine refers to library entries", () => {
    const ids = [
      ...Object.values(mobilityRoutines).flat(),
      ...Object.values(strengthRoutines).flatMap((r) => Object.values(r).flat()),
      ...(["achilles", "hamstring"] as const).flatMap((s) => [
        ...phase4Strength(s, "heavy"),
        ...phase4Strength(s, "light"),
      ]),
      ...readinessTestIds,
    ];
    expect(ids.filter((id) => !getExercise(id))).toEqual([]);
  });
});
