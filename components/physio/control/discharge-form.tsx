"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import { NoteField } from "./note-field";
import type { FormAction } from "@/lib/http/action-result";

// End of care: archives the plan. A tick box guards against a slip of the finger.
export function DischargeForm({ planId, save }: { planId: string; save: FormAction }) {
  const t = useTranslations("control");
  const message = useMessage();
  const [state, action, pending] = useActionState(save, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-muted">{t("discharge.lead")}</p>
      <FormMessage id="discharge-error" message={failed ? message(failed.error, failed.params) : undefined} />
      <NoteField id="discharge-note" required invalid={failed?.fields?.includes("note")} errorId="discharge-error" />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="confirm"
          className="size-5"
          aria-invalid={failed?.fields?.includes("confirm") || undefined}
          aria-describedby={failed?.fields?.includes("confirm") ? "discharge-error" : undefined}
        />
        <span>{t("discharge.confirm")}</span>
      </label>
      <Button type="submit" variant="danger" pending={pending}>
        {t("discharge.submit")}
      </Button>
    </form>
  );
}
