"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { CreateInviteState } from "@/lib/server/invite/invites";
import { DaysStep } from "@/components/runner/onboarding/days-step";
import { InjuryStep } from "@/components/runner/onboarding/injury-step";
import { LastRunStep } from "@/components/runner/onboarding/last-run-step";
import { RunningStep, type Limits } from "@/components/runner/onboarding/running-step";
import type { StepProps } from "@/components/runner/onboarding/step-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import { NewInvitePanel } from "./new-invite-panel";
import { RecipientFields } from "./recipient-fields";
import { StartPhaseField } from "./start-phase-field";
import en from "@/lib/i18n/messages/en/invite.json";
import type { BoneSite, InjurySite, Tissue } from "@/lib/engine";

const physioErrors = new Set(Object.keys(en.intakeVoice.errors));
const physioVoice = (key: string) => {
  const field = key.startsWith("onboarding.errors.") ? key.slice("onboarding.errors.".length) : "";
  return physioErrors.has(field) ? `invite.intakeVoice.errors.${field}` : key;
};

type Props = {
  locale: string;
  /** The language the invite email is in unless the physio picks another: their own. */
  mailLocale: "nl" | "en";
  origin: string;
  today: string;
  earliest: string;
  sites: readonly InjurySite[];
  tissues: readonly Tissue[];
  boneSites: readonly BoneSite[];
  limits: Limits;
  action: (prev: CreateInviteState, form: FormData) => Promise<CreateInviteState>;
};

// One form: an invite as it is, or with the patient's intake (the same questions and checks as the
// runner's own onboarding), so accepting it creates their plan straight away.
export function CreateInviteForm({
  locale,
  mailLocale,
  origin,
  today,
  earliest,
  sites,
  tissues,
  boneSites,
  limits,
  action,
}: Props) {
  const t = useTranslations("invite.create");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  const [withIntake, setWithIntake] = useState(false);
  const [seenNonce, setSeenNonce] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const failed = state && !state.ok ? state : undefined;
  const errorFields = Object.keys(failed?.fieldErrors ?? {});
  const recipientError = errorFields.some((f) => f === "patientName" || f === "email");
  const intakeError = errorFields.some((f) => f !== "patientName" && f !== "email");
  const created = state?.ok ? state : undefined;
  // A created invite closes the intake, ready for the next patient.
  if (created && created.nonce !== seenNonce) {
    setSeenNonce(created.nonce);
    setWithIntake(false);
  }

  // Submitted by hand (with JavaScript) so React does not reset the form: the intake switch and the
  // answers stay as they are when the server asks for a correction. Without JavaScript the form posts.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const props: StepProps = {
    values: failed?.values ?? {},
    errors: failed?.fieldErrors,
    // The onboarding's messages speak to the runner; the physio reads their own where there is one.
    message: (field) => {
      const e = failed?.fieldErrors?.[field];
      return e ? te(physioVoice(e.key), e.params) : undefined;
    },
    forPhysio: true,
  };

  // A rejected intake puts focus on the first field to fix.
  useEffect(() => {
    if (failed?.fieldErrors) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failed]);

  return (
    <div className="space-y-4">
      {created ? (
        <NewInvitePanel
          key={created.nonce}
          code={created.code}
          expiresAt={created.expiresAt}
          url={`${origin}/${locale}/invite/${created.code}`}
          patientName={created.patientName}
          emailedTo={created.emailedTo}
        />
      ) : null}
      <form ref={form} action={formAction} onSubmit={submit} noValidate className="space-y-4">
        <FormMessage message={failed && !failed.fieldErrors ? te(failed.error) : undefined} />
        {recipientError ? <FormMessage message={te("invite.errors.checkFields")} /> : null}
        <RecipientFields
          key={`recipient-${created?.nonce ?? 0}`}
          values={failed?.values}
          errors={failed?.fieldErrors}
          message={props.message}
          defaultLocale={mailLocale}
        />
        <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-slate-400 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
          <input
            type="checkbox"
            name="withIntake"
            checked={withIntake}
            onChange={(e) => setWithIntake(e.currentTarget.checked)}
            className="mt-1 size-5 shrink-0 accent-brand-700"
          />
          <span>
            <span className="block font-semibold">{t("withIntake")}</span>
            <span className="block text-sm text-muted">{t("withIntakeHelp")}</span>
          </span>
        </label>
        {withIntake ? (
          <fieldset className="min-w-0 space-y-6 border-t border-brand-100 pt-4" key={state?.nonce ?? 0}>
            <legend className="pr-2 text-lg font-bold text-brand-900">{t("intakeLegend")}</legend>
            <p className="text-sm text-muted">{t("intakeLead")}</p>
            {intakeError ? <FormMessage message={te("invite.errors.checkIntake")} /> : null}
            <InjuryStep {...props} sites={sites} tissues={tissues} boneSites={boneSites} />
            <LastRunStep {...props} today={today} earliest={earliest} />
            <RunningStep {...props} limits={limits} />
            <DaysStep {...props} suggested={false} />
            <StartPhaseField defaultValue={failed?.values?.startPhase} />
          </fieldset>
        ) : null}
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          {pending ? t("creating") : t("submit")}
        </Button>
      </form>
    </div>
  );
}
