import { z } from "zod";

/**
 * How heavy an exercise is, in plain words (message keys `dose.load.<key>` in the `dose` namespace).
 * "last_two_hard": heavy enough that the last 2 reps of each set are hard (seed 003, heavy slow resistance).
 */
export const LoadKey = z.enum([
  "body_weight",
  "hold_support",
  "band",
  "backpack_5kg",
  "backpack_10kg",
  "last_two_hard",
  "easy_pace",
  "gentle_pressure",
  "gentle_stretch",
  // The physio's own weight: an amount in kg (dumbbell, barbell) or in % of the runner's body weight.
  "weight_kg",
  "body_weight_percent",
]);
export type LoadKey = z.infer<typeof LoadKey>;

/** Tempo where it matters: eccentric work lowers in 3 seconds (Alfredson 1998), plyometrics are quick. */
export const Tempo = z.enum(["eccentric_3s", "controlled", "quick"]);
export type Tempo = z.infer<typeof Tempo>;

export const DoseSide = z.enum(["each", "both"]);
export type DoseSide = z.infer<typeof DoseSide>;

// Bounds are generous but catch typos (a dose of -1, 10,000 reps): a physio can prescribe anything
// a runner could sensibly do at home in one session.
export const DOSE_LIMITS = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 1, max: 300 },
  seconds: { min: 1, max: 600 },
  minutes: { min: 1, max: 180 },
  restSeconds: { min: 0, max: 600 },
  /** How often a day the exercise is done (isometric holds for tendon pain are often done several times a day). */
  timesPerDay: { min: 1, max: 6 },
} as const;

/** The amount of a weighed load: kg in steps of 0.5 (the smallest plates), % of body weight in whole percents. */
export const LOAD_AMOUNT_LIMITS = {
  weight_kg: { min: 0, max: 200, step: 0.5 },
  body_weight_percent: { min: 0, max: 200, step: 1 },
} as const;
export type WeighedLoad = keyof typeof LOAD_AMOUNT_LIMITS;
export const isWeighedLoad = (load: LoadKey): load is WeighedLoad => load in LOAD_AMOUNT_LIMITS;

const bounded = (field: keyof typeof DOSE_LIMITS) => z.int().min(DOSE_LIMITS[field].min).max(DOSE_LIMITS[field].max);

/** The fields of a dose without the "has an amount" rule, for callers that extend or pick. */
const DoseFields = z.object({
  sets: bounded("sets").optional(),
  reps: bounded("reps").optional(),
  holdSeconds: bounded("holdSeconds").optional(),
  seconds: bounded("seconds").optional(),
  minutes: bounded("minutes").optional(),
  restSeconds: bounded("restSeconds").optional(),
  timesPerDay: bounded("timesPerDay").optional(),
  tempo: Tempo.optional(),
  side: DoseSide.optional(),
  load: LoadKey,
  /** With a weighed load only: kg or % of body weight (LOAD_AMOUNT_LIMITS). */
  loadAmount: z.number().optional(),
});

/** One exercise's prescription: sets × reps, or a hold, or a time; rest, tempo, side, load and times a day. */
export const Dose = DoseFields.superRefine((d, ctx) => {
  if (d.reps === undefined && d.holdSeconds === undefined && d.seconds === undefined && d.minutes === undefined)
    ctx.addIssue({ code: "custom", message: "dose.error.noAmount", path: [] });
  const amount = d.loadAmount;
  if (!isWeighedLoad(d.load)) {
    if (amount !== undefined)
      ctx.addIssue({ code: "custom", message: "dose.error.loadAmountUnused", path: ["loadAmount"] });
    return;
  }
  const { min, max, step } = LOAD_AMOUNT_LIMITS[d.load];
  if (amount === undefined)
    ctx.addIssue({ code: "custom", message: "dose.error.loadAmountMissing", path: ["loadAmount"] });
  else if (amount < min || amount > max || Math.round(amount / step) * step !== amount)
    ctx.addIssue({ code: "custom", message: "dose.error.loadAmountRange", path: ["loadAmount"] });
});
export type Dose = z.infer<typeof Dose>;

/** A session's content: exercise ids with their dose, in the order to do them. */
export const SessionItem = z.object({ exerciseId: z.string().min(1).max(64), dose: Dose });
export type SessionItem = z.infer<typeof SessionItem>;
