"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// A pending physio corrects the BIG number or practice they entered at sign-up.
export function RegistrationForm({
  bigNumber,
  practice,
  action,
}: {
  bigNumber: string;
  practice: string;
  action: FormAction;
}) {
  const t = useTranslations("settings.registration");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <p>{t("editLead")}</p>
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}
      <Field
        label={t("big")}
        name="bigNumber"
        defaultValue={bigNumber}
        inputMode="numeric"
        autoComplete="off"
        required
        maxLength={20}
        hint={t("bigHint")}
        error={form.fieldError("bigNumber")}
      />
      <Field
        label={t("practice")}
        name="practice"
        defaultValue={practice}
        autoComplete="organization"
        required
        maxLength={120}
        hint={t("practiceHint")}
        error={form.fieldError("practice")}
      />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("save")}
      </Button>
    </form>
  );
}
