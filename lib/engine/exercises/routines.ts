import type { InjurySite } from "../intake";

export type StrengthStage = "light" | "heavy" | "running_specific";

// Mobility per injury site, seed 001 (muscle groups per site) and seed 003 (roll the muscles
// around the sore spot, never the spot itself: no calf rolling for a calf injury, no hamstring
// rolling for a hamstring injury).
export const mobilityRoutines: Record<InjurySite, string[]> = {
  achilles: ["calf-stretch", "knee-to-wall", "ankle-alphabet", "roll-calf", "hip-flexor-stretch"],
  calf: ["knee-to-wall", "ankle-alphabet", "hamstring-swing", "roll-hamstrings", "hip-flexor-stretch"],
  shin: ["calf-stretch", "knee-to-wall", "ankle-alphabet", "roll-calf", "hip-flexor-stretch"],
  knee: ["quad-stretch", "hip-flexor-stretch", "hamstring-swing", "roll-outer-thigh", "roll-calf"],
  hamstring: ["hip-flexor-stretch", "figure-four-stretch", "hip-circles", "roll-glutes", "roll-calf"],
  hip: ["hip-flexor-stretch", "figure-four-stretch", "hip-circles", "roll-quads", "roll-calf"],
  foot: ["ankle-alphabet", "knee-to-wall", "calf-stretch", "toe-yoga", "roll-calf"],
  ankle: ["ankle-alphabet", "knee-to-wall", "calf-stretch", "single-leg-balance", "roll-calf"],
  other: ["hip-flexor-stretch", "quad-stretch", "calf-stretch", "hip-circles", "roll-quads", "roll-glutes"],
};

// Strength per site and stage, seed 003 (light → heavier → running-specific) and seed 001
// (Achilles/calf → calves; knee → quads, glutes, hamstring balance; hip → glute medius).
export const strengthRoutines: Record<InjurySite, Record<StrengthStage, string[]>> = {
  achilles: {
    light: ["isometric-calf-hold", "calf-raise", "glute-bridge", "plank"],
    heavy: ["heel-drop", "bent-knee-heel-drop", "squat", "hip-thrust", "side-plank"],
    running_specific: ["heel-drop", "pogo-hops", "step-up", "lunge", "plank"],
  },
  calf: {
    light: ["isometric-calf-hold", "calf-raise", "glute-bridge", "plank"],
    heavy: ["calf-raise", "bent-knee-heel-drop", "squat", "hip-thrust", "side-plank"],
    running_specific: ["bent-knee-heel-drop", "pogo-hops", "step-up", "lunge", "plank"],
  },
  shin: {
    light: ["tibialis-raise", "isometric-calf-hold", "glute-bridge", "plank"],
    heavy: ["tibialis-raise", "calf-raise", "bent-knee-heel-drop", "squat", "side-plank"],
    running_specific: ["tibialis-raise", "calf-raise", "pogo-hops", "step-up", "lunge"],
  },
  knee: {
    light: ["wall-sit", "glute-bridge", "clamshell", "plank"],
    heavy: ["spanish-squat", "squat", "hip-thrust", "hamstring-bridge", "side-lying-hip-abduction"],
    running_specific: ["step-up", "lunge", "single-leg-squat", "hip-thrust", "side-plank"],
  },
  hamstring: {
    light: ["glute-bridge", "clamshell", "plank", "side-plank"],
    heavy: ["hamstring-bridge", "deadlift", "hip-thrust", "squat", "side-plank"],
    running_specific: ["deadlift", "hamstring-bridge", "lunge", "step-up", "single-leg-squat"],
  },
  hip: {
    light: ["clamshell", "glute-bridge", "plank", "side-plank"],
    heavy: ["side-lying-hip-abduction", "hip-thrust", "squat", "side-plank"],
    running_specific: ["single-leg-squat", "step-up", "lunge", "side-plank"],
  },
  foot: {
    light: ["toe-yoga", "short-foot", "single-leg-balance", "glute-bridge"],
    heavy: ["short-foot", "calf-raise", "squat", "single-leg-balance"],
    running_specific: ["calf-raise", "pogo-hops", "step-up", "lunge"],
  },
  ankle: {
    light: ["single-leg-balance", "isometric-calf-hold", "glute-bridge", "plank"],
    heavy: ["calf-raise", "tibialis-raise", "squat", "single-leg-balance"],
    running_specific: ["pogo-hops", "lunge", "step-up", "single-leg-squat"],
  },
  other: {
    light: ["glute-bridge", "clamshell", "plank", "side-plank"],
    heavy: ["squat", "deadlift", "hip-thrust", "calf-raise"],
    running_specific: ["lunge", "step-up", "single-leg-squat", "calf-raise"],
  },
};

/** Phase 4 keeps two strength sessions: the heavy one adds late-stage work (Nordic curls for hamstrings). */
export function phase4Strength(site: InjurySite, load: "heavy" | "light"): string[] {
  const routine = strengthRoutines[site];
  if (load === "light") return routine.light;
  return site === "hamstring" ? [...routine.running_specific, "nordic-curl"] : routine.running_specific;
}

export const readinessTestIds = ["test-brisk-walk", "test-calf-raise", "test-single-leg-squat", "test-hop"];
