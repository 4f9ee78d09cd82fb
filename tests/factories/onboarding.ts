// The onboarding wizard's answers, step by step: valid ones a runner would give, and all of them saved.
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { saveOnboardingStep, type StepIntent } from "@/lib/server/onboarding/save-step";

export const next: StepIntent = { kind: "next" };

export const validSteps = [
  { site: "calf", tissue: "unknown" },
  { lastRunOn: "2026-09-29" },
  { runsPerWeek: "3", weeklyMinutes: "150", longestRunMinutes: "60" },
  { trainingDays: ["6", "2", "4"] },
] as const;

/** Saves every step with a valid answer: the draft ends at the review. */
export async function answerAll(db: Db, caller: SessionUser, today: string) {
  for (const [step, input] of validSteps.entries())
    await saveOnboardingStep(db, caller, { step, intent: next, input, today });
}
