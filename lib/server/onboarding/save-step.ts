// Save one step of the onboarding wizard and move on (or back). Nothing is stored for a step whose
// answers do not validate; the draft lives server-side, so a reload resumes where the runner was.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findOnboardingDraft, upsertOnboardingDraft } from "@/lib/server/onboarding/queries";
import { AppError } from "@/lib/errors";
import { findCurrentPlanId } from "../plan/load-plan";
import {
  firstOpenStep,
  parseStoredAnswers,
  REVIEW_STEP,
  stepInvalid,
  stepSchema,
  type Answers,
  type FieldErrors,
} from "./steps";

export type OnboardingDraft = { step: number; answers: Answers };

/**
 * "next" validates the step (and, after an edit from the review, returns to it); "back" and "goto"
 * keep the step's answers only when they are valid.
 */
export type StepIntent = { kind: "next"; toReview?: boolean } | { kind: "back" } | { kind: "goto"; step: number };

function assertRunner(caller: SessionUser) {
  if (caller.role !== "runner") throw new AppError("FORBIDDEN", "onboarding.errors.runnersOnly");
}

/** The runner's draft, at a step they can reach (never past the first unanswered question). */
export async function loadOnboardingDraft(db: Db, caller: SessionUser, today: string): Promise<OnboardingDraft> {
  assertRunner(caller);
  const row = await findOnboardingDraft(db, caller.id);
  const answers = parseStoredAnswers(row?.answers);
  return { step: Math.min(row?.step ?? 0, firstOpenStep(answers, today)), answers };
}

export async function saveOnboardingStep(
  db: Db,
  caller: SessionUser,
  params: { step: number; intent: StepIntent; input: unknown; today: string },
): Promise<OnboardingDraft> {
  assertRunner(caller);
  if (await findCurrentPlanId(db, caller.id)) throw new AppError("CONFLICT", "onboarding.errors.planExists");
  const draft = await loadOnboardingDraft(db, caller, params.today);
  const reachable = firstOpenStep(draft.answers, params.today);
  const step = Number.isInteger(params.step) ? params.step : -1;
  // A stale tab (or a forged request) asking for a step that is not open yet resumes the draft instead.
  if (step < 0 || step > reachable) return draft;

  const schema = stepSchema(step, params.today);
  const parsed = schema?.safeParse(params.input);
  if (params.intent.kind === "next" && parsed && !parsed.success) throw stepInvalid(parsed.error);
  const answers: Answers = parsed?.success ? { ...draft.answers, ...parsed.data } : draft.answers;

  const target = targetStep(params.intent, step, answers, params.today);
  await upsertOnboardingDraft(db, { userId: caller.id, step: target, answers });
  return { step: target, answers };
}

function targetStep(intent: StepIntent, step: number, answers: Answers, today: string): number {
  const open = firstOpenStep(answers, today);
  if (intent.kind === "back") return Math.max(0, step - 1);
  if (intent.kind === "goto") return Math.max(0, Math.min(intent.step, open));
  if (intent.toReview) return open;
  return Math.min(step + 1, open, REVIEW_STEP);
}

// What the wizard shows: the saved draft, and after a rejected step what was typed and what to fix.
export type WizardState = {
  draft: OnboardingDraft;
  // Bumped on every answer so the step's fields are drawn again from the values below.
  nonce: number;
  values?: Record<string, string | string[]>;
  fieldErrors?: FieldErrors;
  error?: string;
  // Set while a step is edited from the review, so its Next leads back there.
  editing?: boolean;
};

export type CompleteState = { error: string } | undefined;
