"use client";

import { getInputProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { ReopenSchema } from "@/lib/forms/schemas/plan-control";

// A discharged patient comes back: a new plan from today, this one kept as it is. The last normal run decides
// the weeks off (the rule of thumb), so the physio enters it.
export function ReopenForm({ planId, today, save }: { planId: string; today: string; save: SchemaFormAction }) {
  const t = useTranslations("patient.reopen");
  const locale = useLocale();
  const { form, fields, action, pending, message } = useSchemaForm(save, ReopenSchema, {
    id: "reopen",
    defaultValue: { lastRunOn: today },
  });
  const lastRun = fields.lastRunOn;
  return (
    <form id={form.id} action={action} onSubmit={form.onSubmit} noValidate={form.noValidate} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-muted">{t("lead")}</p>
      <FormMessage id={form.errorId} message={message(form.errors)} />
      <div>
        <label htmlFor="reopen-last-run" className="block font-semibold">
          {t("lastRun")}
        </label>
        <input
          {...getInputProps(lastRun, { type: "date" })}
          key={lastRun.key}
          id="reopen-last-run"
          max={today}
          className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base ${lastRun.errors ? "border-red-700" : "border-slate-400"}`}
        />
        <FieldError id={lastRun.errorId} message={message(lastRun.errors)} />
      </div>
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
