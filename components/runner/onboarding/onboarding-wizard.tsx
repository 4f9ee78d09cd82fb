"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { CompleteState, WizardState } from "@/lib/server/onboarding/save-step";
import type { Answers, StepId } from "@/lib/server/onboarding/steps";
import { DaysStep, suggestDays } from "./days-step";
import { InjuryStep } from "./injury-step";
import { LastRunStep } from "./last-run-step";
import { RunningStep, type Limits } from "./running-step";
import { ReviewStep } from "./review-step";
import type { StepProps } from "./step-fields";
import { StepIndicator } from "./step-indicator";
import type { BoneSite, InjurySite, Tissue } from "@/lib/engine";

type Props = {
  initial: WizardState;
  locale: string;
  today: string;
  earliest: string;
  steps: readonly StepId[];
  sites: readonly InjurySite[];
  tissues: readonly Tissue[];
  boneSites: readonly BoneSite[];
  limits: Limits;
  saveStep: (prev: WizardState, form: FormData) => Promise<WizardState>;
  complete: (prev: CompleteState, form: FormData) => Promise<CompleteState>;
};

function valuesOf(answers: Answers): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answers))
    values[name] = Array.isArray(value) ? value.map(String) : String(value);
  if (!answers.trainingDays && answers.runsPerWeek) values.trainingDays = suggestDays(answers.runsPerWeek);
  return values;
}

// One form per step, posted to a server action on Next and Back (plain HTML posts work without
// JavaScript); the server keeps the draft, so a reload resumes at the same step with the answers.
export function OnboardingWizard({
  initial,
  locale,
  today,
  earliest,
  steps,
  sites,
  tissues,
  boneSites,
  limits,
  saveStep,
  complete,
}: Props) {
  const t = useTranslations("onboarding");
  const te = useMessage();
  const [state, stepAction, saving] = useActionState(saveStep, initial);
  const [completeState, completeAction, completing] = useActionState(complete, undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const { step, answers } = state.draft;
  const stepId = steps[step] ?? "review";
  const review = step === steps.length - 1;

  // A new step puts focus on its heading; a rejected step on the first field to fix.
  useEffect(() => {
    if (state.nonce === 0) return;
    const invalid = state.fieldErrors ? form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    (invalid ?? heading.current)?.focus();
  }, [state]);

  const values = state.values ?? valuesOf(answers);
  const error = (field: string) => state.fieldErrors?.[field];
  const props: StepProps = {
    values,
    errors: state.fieldErrors,
    message: (field) => {
      const e = error(field);
      return e ? te(e.key, e.params) : undefined;
    },
  };
  const formError = state.error ?? completeState?.error;

  return (
    <form ref={form} action={stepAction} noValidate className="mt-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      {state.editing ? <input type="hidden" name="returnTo" value="review" /> : null}
      <StepIndicator steps={steps} current={step} />
      <h2 ref={heading} tabIndex={-1} className="mt-6 text-xl font-bold text-brand-900 focus:outline-none">
        {t(`${stepId}.title`)}
      </h2>
      <div className="mt-4 space-y-4" key={state.nonce}>
        <FormMessage message={formError ? te(formError) : undefined} />
        {stepId === "injury" ? <InjuryStep {...props} sites={sites} tissues={tissues} boneSites={boneSites} /> : null}
        {stepId === "lastRun" ? <LastRunStep {...props} today={today} earliest={earliest} /> : null}
        {stepId === "running" ? <RunningStep {...props} limits={limits} /> : null}
        {stepId === "days" ? (
          <DaysStep {...props} suggested={!answers.trainingDays && !state.values && Boolean(answers.runsPerWeek)} />
        ) : null}
        {review ? <ReviewStep answers={answers} today={today} steps={steps} /> : null}
      </div>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row-reverse sm:justify-between">
        {review ? (
          <Button type="submit" formAction={completeAction} pending={completing} disabled={saving}>
            {completing ? t("creating") : t("create")}
          </Button>
        ) : (
          <Button type="submit" name="intent" value="next" pending={saving} disabled={completing}>
            {saving ? t("saving") : t("next")}
          </Button>
        )}
        {step > 0 ? (
          <Button type="submit" name="intent" value="back" variant="secondary" disabled={saving || completing}>
            {t("back")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
