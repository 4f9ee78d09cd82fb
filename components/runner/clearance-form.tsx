"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// For self-guided runners only: record that a physio or doctor cleared them.
export function ClearanceForm({ planId, clearance }: { planId: string; clearance: FormAction }) {
  const t = useTranslations("today.redFlag");
  const { action, onSubmit, pending, invalid, error } = useKeptForm(clearance);
  return (
    <form action={action} onSubmit={onSubmit} className="mt-4 space-y-3 rounded-lg bg-white p-4">
      <h2 className="font-bold">{t("clearanceTitle")}</h2>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage message={error} />
      <label className="flex min-h-11 items-start gap-3">
        <input type="checkbox" name="confirmed" className="mt-1 size-6" required aria-invalid={invalid("confirmed")} />
        <span>{t("clearanceConfirm")}</span>
      </label>
      <Field label={t("clearanceWho")} name="clinician" maxLength={200} />
      <Button type="submit" pending={pending}>
        {t("clearanceSubmit")}
      </Button>
    </form>
  );
}
