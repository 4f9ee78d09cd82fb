import type { Dose } from "../dose";
import type { Figure } from "./figure-types";

import type { LocalText } from "./local-text";

export type { LocalText };

export type Muscle =
  | "hip_flexors"
  | "quads"
  | "hamstrings"
  | "glutes"
  | "glute_med"
  | "calves"
  | "shin"
  | "foot"
  | "ankle"
  | "core"
  | "upper_body"
  | "heart_lungs";

export type ExerciseCategory = "strength" | "mobility" | "foam_roll" | "cross_training" | "readiness_test";

/** An entry as written in the category files, before its dose and picture are attached. */
export interface ExerciseText {
  id: string;
  category: ExerciseCategory;
  name: LocalText;
  muscles: Muscle[];
  phases: (1 | 2 | 3 | 4)[];
  how: LocalText;
  why: LocalText;
  watch: LocalText;
}

/** One entry of the exercise library: text is ours, facts from seeds 000, 001 and 003. */
export interface Exercise extends ExerciseText {
  /** The default prescription (its first stage); `doseFor` grows it by strength stage and eases it. */
  dose: Dose;
  /** Doses that differ by strength stage (light → heavy → running-specific), when they do. */
  stageDoses: Partial<Record<"light" | "heavy" | "running_specific", Dose>>;
  /** Key poses of the drawn picture. */
  figure: Figure;
}
