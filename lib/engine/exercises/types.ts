export interface LocalText {
  nl: string;
  en: string;
}

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

/** One entry of the exercise library: text is ours, facts from seeds 000, 001 and 003. */
export interface Exercise {
  id: string;
  category: ExerciseCategory;
  name: LocalText;
  muscles: Muscle[];
  phases: (1 | 2 | 3 | 4)[];
  how: LocalText;
  why: LocalText;
  watch: LocalText;
}
