// The onboarding wizard's steps: what each one asks, how its answers are validated, and which
// message key (in the "onboarding" namespace) tells the runner what to fix, field by field.
import "server-only";
import { z } from "zod";
import { BoneSite, InjurySide, InjurySite, isIsoDate, Tissue, toDay, toIso } from "@/lib/engine";
import { AppError } from "@/lib/errors";

export const STEPS = ["injury", "lastRun", "running", "days", "review"] as const;
export type StepId = (typeof STEPS)[number];
export const REVIEW_STEP = STEPS.length - 1;

// The engine's Intake ranges (lib/engine/intake.ts), repeated here so a message can name them.
export const LIMITS = {
  runsPerWeek: { min: 1, max: 14 },
  weeklyMinutes: { min: 10, max: 2000 },
  longestRunMinutes: { min: 5, max: 600 },
} as const;

// A last run more than two years back is almost certainly a typo, and the rule of thumb (two weeks
// back for each week off) stops meaning much long before that.
const MAX_DAYS_SINCE_LAST_RUN = 730;

export type Answers = {
  site?: InjurySite;
  tissue?: Tissue;
  boneSite?: BoneSite;
  /** Tendon only: pain at rest these days, 0–3 (the pain-monitoring model's own baseline). */
  restPainBaseline?: number;
  /** Optional: which side hurts, and the day the complaint began. */
  side?: InjurySide;
  lastRunOn?: string;
  onsetOn?: string;
  runsPerWeek?: number;
  weeklyMinutes?: number;
  longestRunMinutes?: number;
  trainingDays?: number[];
};

type FieldError = { key: string; params?: Record<string, number> };
export type FieldErrors = Record<string, FieldError>;

const key = (name: string) => `onboarding.errors.${name}`;
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

function wholeNumber(field: keyof typeof LIMITS) {
  const { min, max } = LIMITS[field];
  const error = key(field);
  return z.preprocess(
    blankToUndefined,
    z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }),
  );
}

export function earliestLastRun(today: string): string {
  return toIso(toDay(today) - MAX_DAYS_SINCE_LAST_RUN);
}

// For a bone stress injury the site sets the risk grade (Warden et al.), so it is asked; "not sure"
// is the value "other". For a tendon the pain at rest these days (0–3) is the baseline the
// pain-monitoring model reads mornings against (Silbernagel et al. 2007). For any other tissue an
// earlier answer to either is dropped.
const restPainError = { error: key("restPainBaseline") };
const injuryStep = z
  .object({
    site: z.enum(InjurySite.options, { error: key("site") }),
    tissue: z.enum(Tissue.options, { error: key("tissue") }),
    boneSite: z.preprocess(blankToUndefined, z.enum(BoneSite.options, { error: key("boneSite") }).optional()),
    restPainBaseline: z.preprocess(
      blankToUndefined,
      z.coerce.number(restPainError).int(restPainError).min(0, restPainError).max(3, restPainError).optional(),
    ),
    side: z.preprocess(blankToUndefined, z.enum(InjurySide.options, { error: key("side") }).optional()),
  })
  .refine((a) => a.tissue !== "bone" || a.boneSite !== undefined, { error: key("boneSite"), path: ["boneSite"] })
  .refine((a) => a.tissue !== "tendon" || a.restPainBaseline !== undefined, {
    error: key("restPainBaseline"),
    path: ["restPainBaseline"],
  })
  .transform((a) => ({
    site: a.site,
    tissue: a.tissue,
    boneSite: a.tissue === "bone" ? a.boneSite : undefined,
    restPainBaseline: a.tissue === "tendon" ? a.restPainBaseline : undefined,
    side: a.side,
  }));

function lastRunStep(today: string) {
  return z.object({
    lastRunOn: z
      .string({ error: key("lastRunOn") })
      .refine(isIsoDate, { error: key("lastRunOn"), abort: true })
      .refine((date) => date <= today, { error: key("lastRunFuture"), abort: true })
      .refine((date) => date >= earliestLastRun(today), { error: key("lastRunTooOld") }),
    // Optional: when the complaint began (today or earlier, within the same two years).
    onsetOn: z.preprocess(
      blankToUndefined,
      z
        .string({ error: key("onsetOn") })
        .refine(isIsoDate, { error: key("onsetOn"), abort: true })
        .refine((date) => date <= today && date >= earliestLastRun(today), { error: key("onsetOn") })
        .optional(),
    ),
  });
}

const runningStep = z
  .object({
    runsPerWeek: wholeNumber("runsPerWeek"),
    weeklyMinutes: wholeNumber("weeklyMinutes"),
    longestRunMinutes: wholeNumber("longestRunMinutes"),
  })
  .refine((a) => a.longestRunMinutes <= a.weeklyMinutes, {
    error: key("longestOverWeekly"),
    path: ["longestRunMinutes"],
  });

const dayError = { error: key("trainingDays") };
const daysStep = z.object({
  trainingDays: z
    .array(z.coerce.number(dayError).int(dayError).min(1, dayError).max(7, dayError), dayError)
    .min(1, dayError)
    .max(7, dayError)
    .refine((days) => new Set(days).size === days.length, dayError)
    .transform((days) => [...days].sort((a, b) => a - b)),
});

/** The schema of one step's answers; the review step asks nothing. */
export function stepSchema(step: number, today: string): z.ZodType<Answers> | undefined {
  switch (STEPS[step]) {
    case "injury":
      return injuryStep;
    case "lastRun":
      return lastRunStep(today);
    case "running":
      return runningStep;
    case "days":
      return daysStep;
    default:
      return undefined;
  }
}

// Params a message needs besides its key: the range of a number field.
function paramsOf(field: string): Record<string, number> | undefined {
  return field in LIMITS ? { ...LIMITS[field as keyof typeof LIMITS] } : undefined;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    const messageKey = issue.message.startsWith("onboarding.errors.") ? issue.message : key("invalid");
    errors[field] = { key: messageKey, params: paramsOf(field) };
  }
  return errors;
}

export function stepInvalid(error: z.ZodError): AppError {
  const fieldErrors = fieldErrorsOf(error);
  return new AppError("INVALID_INPUT", key("checkStep"), { fields: Object.keys(fieldErrors), fieldErrors });
}

/** The per-field messages of a step that did not validate, or undefined for any other error. */
export function stepErrorsOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") return undefined;
  const fieldErrors = error.details?.fieldErrors;
  return fieldErrors && typeof fieldErrors === "object" ? (fieldErrors as FieldErrors) : undefined;
}

function isStepComplete(step: number, answers: Answers, today: string): boolean {
  const schema = stepSchema(step, today);
  return schema ? schema.safeParse(answers).success : true;
}

/** The first step still to answer, or the review once every question has a valid answer. */
export function firstOpenStep(answers: Answers, today: string): number {
  for (let step = 0; step < REVIEW_STEP; step++) if (!isStepComplete(step, answers, today)) return step;
  return REVIEW_STEP;
}

// Stored answers are read field by field: one that no longer fits is dropped, not fatal.
const StoredAnswers = z.object({
  site: InjurySite.optional().catch(undefined),
  tissue: Tissue.optional().catch(undefined),
  boneSite: BoneSite.optional().catch(undefined),
  restPainBaseline: z.int().min(0).max(3).optional().catch(undefined),
  lastRunOn: z.string().refine(isIsoDate).optional().catch(undefined),
  side: InjurySide.optional().catch(undefined),
  onsetOn: z.string().refine(isIsoDate).optional().catch(undefined),
  runsPerWeek: z.int().optional().catch(undefined),
  weeklyMinutes: z.int().optional().catch(undefined),
  longestRunMinutes: z.int().optional().catch(undefined),
  trainingDays: z.array(z.int().min(1).max(7)).optional().catch(undefined),
});

export function parseStoredAnswers(value: unknown): Answers {
  const parsed = StoredAnswers.safeParse(value);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Answers;
}
