"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// A discharged patient comes back: a new plan from today, this one kept as it is. The last normal run decides
// the weeks off (the rule of thumb), so the physio enters it.
export function ReopenForm({ planId, today, save }: { planId: string; today: string; save: FormAction }) {
  const t = useTranslations("patient.reopen");
  const locale = useLocale();
  const { action, onSubmit, pending, fieldError, formError } = useKeptForm(save);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-muted">{t("lead")}</p>
      <FormMessage message={formError} />
      <Field
        label={t("lastRun")}
        name="lastRunOn"
        id="reopen-last-run"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={fieldError("lastRunOn")}
      />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
