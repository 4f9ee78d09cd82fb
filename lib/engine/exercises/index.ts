import { crossTraining } from "./cross-training";
import { doseTable } from "./doses";
import type { Figure } from "./figure-types";
import { cardioFigures } from "./figures/cardio-figures";
import { lowerLegFigures } from "./figures/lower-leg-figures";
import { mobilityFigures } from "./figures/mobility-figures";
import { strengthFigures } from "./figures/strength-figures";
import { foamRoll } from "./foam-roll";
import { mobility } from "./mobility";
import { readinessTests } from "./readiness-tests";
import { muscleReadinessTests } from "./readiness-tests-muscle";
import { strengthBasics } from "./strength-basics";
import { strengthHipKnee } from "./strength-hip-knee";
import { strengthLowerLeg } from "./strength-lower-leg";
import type { Exercise, ExerciseText } from "./types";

export type { Exercise, ExerciseCategory, Muscle } from "./types";
export type { BodyFigure, BodyPose, FootPose, JointId, Pin, Prop } from "./figure-types";
export { mobilityRoutines, strengthRoutines, phase4Strength, readinessTestIds, type StrengthStage } from "./routines";
export { easeDose, prescribe, stageDose } from "./prescribe";

const figures: Record<string, Figure> = {
  ...strengthFigures,
  ...lowerLegFigures,
  ...mobilityFigures,
  ...cardioFigures,
};

// Every entry must have a dose and a picture: a missing one is a programming error caught at load
// (and by tests/engine/exercise-doses.test.ts), never a blank card on a runner's phone.
function complete(entry: ExerciseText): Exercise {
  const dose = doseTable[entry.id];
  const figure = figures[entry.id];
  if (!dose || !figure) throw new Error(`exercise ${entry.id} lacks a ${dose ? "figure" : "dose"}`);
  return { ...entry, dose: dose.dose, stageDoses: dose.stages ?? {}, figure };
}

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
].map(complete);

const byId = new Map(exerciseLibrary.map((exercise) => [exercise.id, exercise]));

export function getExercise(id: string): Exercise | undefined {
  return byId.get(id);
}
