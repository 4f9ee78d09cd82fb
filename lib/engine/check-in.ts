import { z } from "zod";
import { MAX_COMMENT_LENGTH, MAX_SESSIONS_A_DAY, isRunKind, mainSession } from "./check-in-basics";
import { IsoDate } from "./iso-date";

// Everything in check-in-basics is zod-free (client.ts passes it to the phone as it is).
export * from "./check-in-basics";

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

/**
 * Soreness pattern for a run, as in the soreness rules of Fees et al. 1998. "next_day" is only in
 * reports stored before the question moved to the next day's check-in (`soreAfterYesterdaysRun`);
 * it keeps its meaning there.
 */
export const Soreness = z.enum(["none", "warmup_gone", "warmup_persisted", "returned", "next_day"]);
export type Soreness = z.infer<typeof Soreness>;

/** One session of the day as the runner reports it. */
export const SessionReport = z.object({
  kind: SessionKind.exclude(["rest"]),
  minutes: z.int().min(0).max(600),
  completed: z.boolean(),
});
export type SessionReport = z.infer<typeof SessionReport>;

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
    /** Asked only on a day with a session: a rest day has no pain during or after one. */
    painDuring: pain.optional(),
    painAfter: pain.optional(),
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
    /**
     * Every session of the day (v3). The top-level `sessionKind/minutes/completed` stay the day's main
     * session (the run when there was one), so the run rules and stored reports read as before.
     */
    sessions: z.array(SessionReport).max(MAX_SESSIONS_A_DAY).optional(),
    /** The runner's own words about the day: shown to them and their physio, never logged or mailed. */
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).optional(),
    /** Asked the morning after a run: sore from yesterday's run (not normal muscle ache)? Fees et al. 1998. */
    soreAfterYesterdaysRun: z.boolean().optional(),
  })
  .refine((c) => !hadSession(c) || c.painDuring !== undefined, {
    message: "Give your pain during the session",
    path: ["painDuring"],
  })
  .refine((c) => !hadSession(c) || c.painAfter !== undefined, {
    message: "Give your pain after the session",
    path: ["painAfter"],
  })
  .refine((c) => c.sessionKind === "rest" || c.rpe !== undefined, {
    message: "Give an RPE for a training session",
    path: ["rpe"],
  })
  .refine((c) => !isRunKind(c.sessionKind) || c.soreness !== undefined, {
    message: "Say how the run felt",
    path: ["soreness"],
  })
  // DOMAIN §4: one run a day; the day's main session is that run, so the run rules see it.
  .refine((c) => !c.sessions || c.sessions.filter((s) => isRunKind(s.kind)).length <= 1, {
    message: "One run a day",
    path: ["sessions"],
  })
  .refine((c) => !c.sessions || isMainSession(c, c.sessions), {
    message: "The day's main session must be its run, or its first session",
    path: ["sessionKind"],
  });
/** A check-in as the engine reads it: the v2 warning signs may be missing (read as "no"). */
export type CheckIn = z.input<typeof CheckIn>;

function hadSession(c: { sessionKind: SessionKind; sessions?: readonly SessionReport[] | undefined }): boolean {
  return c.sessionKind !== "rest" || (c.sessions?.length ?? 0) > 0;
}

function isMainSession(
  c: { sessionKind: SessionKind; minutes: number; completed: boolean },
  sessions: readonly SessionReport[],
): boolean {
  const main = mainSession(sessions);
  if (!main) return c.sessionKind === "rest";
  return main.kind === c.sessionKind && main.minutes === c.minutes && main.completed === c.completed;
}
