import type { Dose, LoadKey, Tempo } from "../dose";
import type { StrengthStage } from "./routines";

// Default doses, facts from published practice (text ours):
// light stage 2–3 × 12–15 with body weight; heavy stage 3–4 × 6–10 "heavy enough that the last
// 2 reps are hard", slow and controlled, 2 min rest (heavy slow resistance, Beyer et al. 2015);
// eccentric heel drops 3 × 15, lowering in 3 s, knee straight and bent (Alfredson et al. 1998);
// isometric holds 5 × 45 s (Rio et al. 2015); stretches 2 × 30 s; running-specific hops are quick.

type Extra = { rest?: number; tempo?: Tempo; side?: "each" | "both"; load?: LoadKey };

const reps = (sets: number, count: number, extra: Extra = {}): Dose => ({
  sets,
  reps: count,
  restSeconds: extra.rest ?? 60,
  ...(extra.tempo ? { tempo: extra.tempo } : {}),
  side: extra.side ?? "both",
  load: extra.load ?? "body_weight",
});
const hold = (sets: number, seconds: number, extra: Extra = {}): Dose => ({
  sets,
  holdSeconds: seconds,
  restSeconds: extra.rest ?? 30,
  side: extra.side ?? "both",
  load: extra.load ?? "body_weight",
});
const timed = (seconds: number, extra: Extra = {}): Dose => ({
  sets: 1,
  seconds,
  side: extra.side ?? "both",
  load: extra.load ?? "body_weight",
});
const each = { side: "each" } as const;
const heavy = { rest: 120, tempo: "controlled", load: "last_two_hard" } as const;

export interface DoseEntry {
  dose: Dose;
  stages?: Partial<Record<StrengthStage, Dose>>;
}

export const doseTable: Record<string, DoseEntry> = {
  squat: {
    dose: reps(3, 12, { tempo: "controlled" }),
    stages: { heavy: reps(4, 8, heavy), running_specific: reps(3, 8, { ...heavy, tempo: "quick" }) },
  },
  deadlift: {
    dose: reps(3, 10, { tempo: "controlled", load: "backpack_5kg" }),
    stages: { heavy: reps(4, 8, heavy), running_specific: reps(3, 8, { ...heavy, ...each, load: "backpack_5kg" }) },
  },
  lunge: {
    dose: reps(3, 10, { ...each, tempo: "controlled" }),
    stages: { running_specific: reps(3, 10, { ...each, rest: 90, load: "backpack_5kg" }) },
  },
  "step-up": {
    dose: reps(3, 10, { ...each, tempo: "controlled" }),
    stages: { running_specific: reps(3, 10, { ...each, rest: 90, load: "backpack_5kg" }) },
  },
  "hip-thrust": {
    dose: reps(3, 12, { tempo: "controlled" }),
    stages: { heavy: reps(4, 8, heavy), running_specific: reps(3, 10, { ...each, rest: 90 }) },
  },
  "calf-raise": {
    dose: reps(3, 15, { tempo: "controlled" }),
    stages: {
      heavy: reps(4, 10, { ...each, rest: 90, tempo: "controlled", load: "backpack_5kg" }),
      running_specific: reps(3, 12, { ...each, rest: 90, load: "backpack_10kg" }),
    },
  },
  plank: { dose: hold(3, 30), stages: { heavy: hold(3, 45), running_specific: hold(3, 60) } },
  "side-plank": { dose: hold(3, 20, each), stages: { heavy: hold(3, 30, each), running_specific: hold(3, 40, each) } },
  "isometric-calf-hold": { dose: hold(5, 45, { rest: 60, load: "hold_support" }) },
  "heel-drop": {
    dose: reps(3, 15, { ...each, tempo: "eccentric_3s" }),
    stages: { running_specific: reps(3, 15, { ...each, rest: 90, tempo: "eccentric_3s", load: "backpack_5kg" }) },
  },
  "bent-knee-heel-drop": {
    dose: reps(3, 15, { ...each, tempo: "eccentric_3s" }),
    stages: { running_specific: reps(3, 15, { ...each, rest: 90, tempo: "eccentric_3s", load: "backpack_5kg" }) },
  },
  "tibialis-raise": {
    dose: reps(3, 15, { tempo: "controlled" }),
    stages: { running_specific: reps(3, 20, { tempo: "controlled" }) },
  },
  "toe-yoga": { dose: reps(3, 10, { ...each, rest: 30 }) },
  "short-foot": { dose: { ...reps(3, 10, { ...each, rest: 30 }), holdSeconds: 5 } },
  "single-leg-balance": {
    dose: hold(3, 30, { ...each, load: "hold_support" }),
    stages: { heavy: hold(3, 45, each), running_specific: hold(3, 60, each) },
  },
  "pogo-hops": { dose: reps(3, 20, { rest: 90, tempo: "quick" }) },
  "glute-bridge": { dose: reps(3, 12, { tempo: "controlled" }) },
  "spanish-squat": { dose: hold(5, 45, { rest: 60, load: "band" }) },
  "wall-sit": { dose: hold(4, 30, { rest: 60 }) },
  clamshell: { dose: reps(3, 15, { ...each, rest: 45, tempo: "controlled" }) },
  "side-lying-hip-abduction": { dose: reps(3, 12, { ...each, tempo: "controlled" }) },
  "hamstring-bridge": {
    dose: reps(3, 10, { rest: 90, tempo: "controlled" }),
    stages: { running_specific: reps(3, 8, { ...each, rest: 90, tempo: "controlled" }) },
  },
  "nordic-curl": { dose: reps(3, 5, { rest: 120, tempo: "eccentric_3s" }) },
  "single-leg-squat": { dose: reps(3, 8, { ...each, rest: 90, tempo: "controlled" }) },
  "calf-stretch": { dose: hold(2, 30, { ...each, rest: 15, load: "gentle_stretch" }) },
  "knee-to-wall": { dose: reps(2, 10, { ...each, rest: 15, tempo: "controlled" }) },
  "ankle-alphabet": { dose: { ...timed(60, each), sets: 2 } },
  "hip-flexor-stretch": { dose: hold(2, 30, { ...each, rest: 15, load: "gentle_stretch" }) },
  "quad-stretch": { dose: hold(2, 30, { ...each, rest: 15, load: "gentle_stretch" }) },
  "hamstring-swing": { dose: reps(2, 15, { ...each, rest: 15, tempo: "controlled" }) },
  "figure-four-stretch": { dose: hold(2, 30, { ...each, rest: 15, load: "gentle_stretch" }) },
  "hip-circles": { dose: reps(2, 10, { ...each, rest: 15, tempo: "controlled" }) },
  "roll-calf": { dose: timed(90, { ...each, load: "gentle_pressure" }) },
  "roll-quads": { dose: timed(90, { load: "gentle_pressure" }) },
  "roll-outer-thigh": { dose: timed(90, { ...each, load: "gentle_pressure" }) },
  "roll-glutes": { dose: timed(90, { ...each, load: "gentle_pressure" }) },
  "roll-hamstrings": { dose: timed(90, { load: "gentle_pressure" }) },
  cycling: { dose: { minutes: 40, load: "easy_pace" } },
  swimming: { dose: { minutes: 40, load: "easy_pace" } },
  walking: { dose: { minutes: 40, load: "easy_pace" } },
  "aqua-jogging": { dose: { minutes: 40, load: "easy_pace" } },
  "cross-trainer": { dose: { minutes: 40, load: "easy_pace" } },
  "anti-gravity-treadmill": { dose: { minutes: 30, load: "easy_pace" } },
  skating: { dose: { minutes: 40, load: "easy_pace" } },
  "cross-country-skiing": { dose: { minutes: 40, load: "easy_pace" } },
  "test-brisk-walk": { dose: { minutes: 30, load: "body_weight" } },
  "test-calf-raise": { dose: { sets: 1, reps: 20, side: "each", load: "body_weight" } },
  "test-single-leg-squat": { dose: { sets: 1, reps: 10, side: "each", load: "body_weight" } },
  "test-hop": { dose: { sets: 1, reps: 15, side: "each", load: "body_weight" } },
  "test-single-leg-bridge": { dose: { sets: 1, reps: 20, side: "each", load: "body_weight" } },
  "test-knee-flexion": { dose: { sets: 1, reps: 3, holdSeconds: 5, side: "each", load: "hold_support" } },
};
