import { z } from "zod";
import { IsoDate } from "./iso-date";

/** Pain-free alternatives to running while running rests (seed 003, phase 1). */
export const CrossTrainingOption = z.enum([
  "cycling",
  "swimming",
  "walking",
  "aqua-jogging",
  "cross-trainer",
  "anti-gravity-treadmill",
  "skating",
  "cross-country-skiing",
]);
export type CrossTrainingOption = z.infer<typeof CrossTrainingOption>;

export const SessionKind = z.enum([
  "rest",
  "cross_training",
  "mobility",
  "strength",
  "run",
  "walk_run",
  "readiness_tests",
]);
export type SessionKind = z.infer<typeof SessionKind>;

/** Soreness pattern for a run, as in the soreness rules of Fees et al. 1998. */
export const Soreness = z.enum(["none", "warmup_gone", "warmup_persisted", "returned", "next_day"]);
export type Soreness = z.infer<typeof Soreness>;

const pain = z.int().min(0).max(10);
const count = z.int().min(0).max(500);

/** Readiness-to-run tests (Goom, plus muscle-specific ones), each with the pain it caused (phase 3). */
export const ReadinessTests = z.object({
  walk: z.object({ minutes: z.int().min(0).max(300), pain }).optional(),
  calfRaise: z.object({ left: count, right: count, pain }).optional(),
  singleLegSquat: z.object({ left: count, right: count, pain }).optional(),
  hop: z
    .object({ count: count.optional(), seconds: z.int().min(0).max(600).optional(), pain })
    .refine((hop) => hop.count !== undefined || hop.seconds !== undefined, {
      message: "Give the number of hops or the seconds",
    })
    .optional(),
  // Muscle-strain tests (hamstring): single-leg bridge reps each side and resisted knee flexion.
  bridge: z.object({ left: count, right: count, pain }).optional(),
  kneeFlexion: z.object({ pain }).optional(),
});
export type ReadinessTests = z.infer<typeof ReadinessTests>;

/** The runner's daily self-report (DOMAIN §3). */
export const CheckIn = z
  .object({
    date: IsoDate,
    painRest: pain,
    painDuring: pain,
    painAfter: pain,
    painMorning: pain,
    sessionKind: SessionKind,
    minutes: z.int().min(0).max(600),
    completed: z.boolean(),
    rpe: z.int().min(1).max(10).optional(),
    soreness: Soreness.optional(),
    swelling: z.boolean(),
    nightPain: z.boolean(),
    limping: z.boolean(),
    boneTenderness: z.boolean(),
    // Red flags added in v2 (DOMAIN §5); defaults keep stored reports and older clients valid.
    numbness: z.boolean().default(false),
    /** Ill or feverish with the pain. */
    feelingIll: z.boolean().default(false),
    /** A hot, swollen, tender calf (possible DVT). */
    hotSwollenCalf: z.boolean().default(false),
    /** A sudden sharp pain or a "pop" (possible rupture). */
    suddenSharpPain: z.boolean().default(false),
    sleepHours: z.number().min(0).max(24).optional(),
    restingHr: z.int().min(25).max(220).optional(),
    painfulActivities: z.array(CrossTrainingOption).optional(),
    readiness: ReadinessTests.optional(),
  })
  .refine((c) => c.sessionKind === "rest" || c.rpe !== undefined, {
    message: "Give an RPE for a training session",
    path: ["rpe"],
  })
  .refine((c) => !isRunKind(c.sessionKind) || c.soreness !== undefined, {
    message: "Say how the run felt",
    path: ["soreness"],
  });
/** A check-in as the engine reads it: the v2 warning signs may be missing (read as "no"). */
export type CheckIn = z.input<typeof CheckIn>;

export function isRunKind(kind: SessionKind): boolean {
  return kind === "run" || kind === "walk_run";
}
