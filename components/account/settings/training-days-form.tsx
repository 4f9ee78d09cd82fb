"use client";

import { useTranslations } from "next-intl";
import { ChoiceCards } from "@/components/runner/onboarding/choice-cards";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

type Props = { days: number[]; weekdays: { value: string; label: string }[]; action: FormAction };

export function TrainingDaysForm({ days, weekdays, action }: Props) {
  const t = useTranslations("settings.days");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}
      <ChoiceCards
        name="trainingDays"
        type="checkbox"
        legend={t("title")}
        hint={t("note")}
        selected={days.map(String)}
        error={form.fieldError("trainingDays")}
        columns={2}
        choices={weekdays}
      />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("save")}
      </Button>
    </form>
  );
}
