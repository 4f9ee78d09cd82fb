import { crossTraining } from "./cross-training";
import { foamRoll } from "./foam-roll";
import { mobility } from "./mobility";
import { readinessTests } from "./readiness-tests";
import { muscleReadinessTests } from "./readiness-tests-muscle";
import { strengthBasics } from "./strength-basics";
import { strengthHipKnee } from "./strength-hip-knee";
import { strengthLowerLeg } from "./strength-lower-leg";
import type { Exercise } from "./types";

export type { Exercise, ExerciseCategory, LocalText, Muscle } from "./types";
export { mobilityRoutines, strengthRoutines, phase4Strength, readinessTestIds, type StrengthStage } from "./routines";

/** The whole exercise library as data; sessions refer to entries by id. */
export const exerciseLibrary: readonly Exercise[] = [
  ...strengthBasics,
  ...strengthLowerLeg,
  ...strengthHipKnee,
  ...mobility,
  ...foamRoll,
  ...crossTraining,
  ...readinessTests,
  ...muscleReadinessTests,
];

const byId = new Map(exerciseLibrary.map((exercise) => [exercise.id, exercise]));

export function getExercise(id: string): Exercise | undefined {
  return byId.get(id);
}
