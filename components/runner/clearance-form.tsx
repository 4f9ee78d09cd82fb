"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

// For self-guided runners only: record that a physio or doctor cleared them.
export function ClearanceForm({ planId, clearance }: { planId: string; clearance: FormAction }) {
  const t = useTranslations("today.redFlag");
  const message = useMessage();
  const [state, action, pending] = useActionState(clearance, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="mt-4 space-y-3 rounded-lg bg-white p-4">
      <h2 className="font-bold">{t("clearanceTitle")}</h2>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage message={failed ? message(failed.error, failed.params) : undefined} />
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          name="confirmed"
          className="mt-1 size-6"
          required
          aria-invalid={failed?.fields?.includes("confirmed") || undefined}
        />
        <span>{t("clearanceConfirm")}</span>
      </label>
      <Field label={t("clearanceWho")} name="clinician" maxLength={200} />
      <Button type="submit" pending={pending}>
        {t("clearanceSubmit")}
      </Button>
    </form>
  );
}
