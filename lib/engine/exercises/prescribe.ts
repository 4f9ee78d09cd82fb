import { isWeighedLoad, LOAD_AMOUNT_LIMITS, type Dose, type LoadKey, type SessionItem } from "../dose";
import type { SessionKind } from "../check-in";
import { easeMinutes } from "../recovery";
import type { StrengthStage } from "./routines";
import type { Exercise } from "./types";

const STAGES: readonly StrengthStage[] = ["light", "heavy", "running_specific"];

/** The dose for a strength stage: that stage's dose, else the nearest earlier one, else the default. */
export function stageDose(exercise: Pick<Exercise, "dose" | "stageDoses">, stage: StrengthStage): Dose {
  for (let i = STAGES.indexOf(stage); i >= 0; i--) {
    const dose = exercise.stageDoses[STAGES[i] as StrengthStage];
    if (dose) return dose;
  }
  return exercise.dose;
}

// An eased day (short night, high resting heart rate, seed 004) is never heavy: one set fewer and
// the load one step lighter; timed work loses a quarter like the session's minutes. A weight the physio
// set in kg or % of body weight halves, like the backpack's step from 10 to 5 kg (rounded down to a step).
const LIGHTER: Partial<Record<LoadKey, LoadKey>> = {
  last_two_hard: "backpack_5kg",
  backpack_10kg: "backpack_5kg",
  backpack_5kg: "body_weight",
};

export function easeDose(dose: Dose): Dose {
  const eased: Dose = { ...dose, load: LIGHTER[dose.load] ?? dose.load };
  if (dose.sets !== undefined) eased.sets = Math.max(1, dose.sets - 1);
  if (dose.minutes !== undefined) eased.minutes = easeMinutes(dose.minutes);
  if (isWeighedLoad(dose.load) && dose.loadAmount !== undefined) {
    const { step } = LOAD_AMOUNT_LIMITS[dose.load];
    eased.loadAmount = Math.floor(dose.loadAmount / 2 / step) * step;
  }
  return eased;
}

export interface PrescribeOptions {
  kind: SessionKind;
  /** The session's load: a strength stage, or "easy"/null for everything else. */
  load: string | null;
  minutes: number;
  eased: boolean;
}

/** A session's exercises with their doses, in order (cross-training options get the session's minutes). */
export function prescribe(exercises: readonly Exercise[], options: PrescribeOptions): SessionItem[] {
  const stage = STAGES.find((s) => s === options.load);
  return exercises.map((exercise) => {
    let dose = stage ? stageDose(exercise, stage) : exercise.dose;
    // Cross-training replaces a run of the same duration (Runna): the option lasts the session.
    if (options.kind === "cross_training" && options.minutes > 0) dose = { ...dose, minutes: options.minutes };
    else if (options.eased) dose = easeDose(dose);
    return { exerciseId: exercise.id, dose };
  });
}
