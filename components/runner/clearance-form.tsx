"use client";

import { getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { RunnerClearanceSchema } from "@/lib/forms/schemas/plan-control";

// For self-guided runners only: record that a physio or doctor cleared them.
export function ClearanceForm({ planId, clearance }: { planId: string; clearance: SchemaFormAction }) {
  const t = useTranslations("today.redFlag");
  const { form, fields, action, pending, message } = useSchemaForm(clearance, RunnerClearanceSchema, {
    id: "clearance",
  });
  const { confirmed, clinician } = fields;
  return (
    <form
      id={form.id}
      action={action}
      onSubmit={form.onSubmit}
      noValidate={form.noValidate}
      className="mt-4 space-y-3 rounded-lg bg-white p-4"
    >
      <h2 className="font-bold">{t("clearanceTitle")}</h2>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id={form.errorId} message={message(form.errors)} />
      <div>
        <label className="flex min-h-11 items-start gap-3">
          <input {...getInputProps(confirmed, { type: "checkbox" })} key={confirmed.key} className="mt-1 size-6" />
          <span>{t("clearanceConfirm")}</span>
        </label>
        <FieldError id={confirmed.errorId} message={message(confirmed.errors)} />
      </div>
      <div>
        <label htmlFor={clinician.id} className="block font-semibold">
          {t("clearanceWho")}
        </label>
        <input
          {...getInputProps(clinician, { type: "text" })}
          key={clinician.key}
          className="mt-1 block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 text-base"
        />
        <FieldError id={clinician.errorId} message={message(clinician.errors)} />
      </div>
      <Button type="submit" pending={pending}>
        {t("clearanceSubmit")}
      </Button>
    </form>
  );
}
