"use server";

import { redirect } from "next/navigation";
import { todayOf } from "@/lib/http/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, isForm } from "@/lib/http/action-result";
import { toLocale } from "@/lib/i18n/routing";
import { completeOnboarding } from "@/lib/server/onboarding/complete";
import { stepErrorsOf } from "@/lib/server/onboarding/steps";
import { trainingDaysOf } from "@/lib/http/form-fields";
import {
  saveOnboardingStep,
  type CompleteState,
  type StepIntent,
  type WizardState,
} from "@/lib/server/onboarding/save-step";

const text = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");

function intentOf(value: string, toReview: boolean): StepIntent {
  if (value === "back") return { kind: "back" };
  const goto = /^goto:(\d)$/.exec(value);
  return goto ? { kind: "goto", step: Number(goto[1]) } : { kind: "next", toReview };
}

function valuesOf(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of [
    "site",
    "tissue",
    "boneSite",
    "restPainBaseline",
    "side",
    "lastRunOn",
    "onsetOn",
    "runsPerWeek",
    "weeklyMinutes",
    "longestRunMinutes",
  ])
    if (form.has(name)) values[name] = text(form, name).slice(0, 20);
  if (form.has("trainingDaysShown")) values.trainingDays = trainingDaysOf(form);
  return values;
}

// Save the step on screen, then show the step the service chose (next, back or the one to edit).
export async function saveStepAction(prev: WizardState, form: FormData): Promise<WizardState> {
  // Only what the wizard itself sends is answered; anything else is handed back unchanged.
  if (!isForm(form) || typeof prev !== "object" || prev === null) return prev;
  const values = valuesOf(form);
  const step = Number(text(form, "step"));
  const intent = intentOf(text(form, "intent"), text(form, "returnTo") === "review");
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    const today = await todayOf(caller);
    try {
      return { draft: await saveOnboardingStep(getDb(), caller, { step, intent, input: values, today }) };
    } catch (error) {
      const fieldErrors = stepErrorsOf(error);
      if (fieldErrors) return { fieldErrors };
      throw error;
    }
  });
  const nonce = prev.nonce + 1;
  if (!result.ok) {
    if (result.error === "onboarding.errors.planExists") redirect(`/${toLocale(form.get("locale"))}/today`);
    return { draft: prev.draft, nonce, values, error: result.error, editing: prev.editing };
  }
  if ("fieldErrors" in result.data)
    return {
      draft: { ...prev.draft, step },
      nonce,
      values,
      fieldErrors: result.data.fieldErrors,
      editing: prev.editing,
    };
  return { draft: result.data.draft, nonce, editing: intent.kind === "goto" };
}

// "Create my plan": the plan comes from the saved draft, never from the request.
export async function completeOnboardingAction(_prev: CompleteState, form: FormData): Promise<CompleteState> {
  if (!isForm(form)) return _prev;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    return completeOnboarding(getDb(), caller, { today: await todayOf(caller) });
  });
  if (result.ok) redirect(`/${locale}/plan`);
  if (result.error === "onboarding.errors.planExists") redirect(`/${locale}/today`);
  return { error: result.error };
}
