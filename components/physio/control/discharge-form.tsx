"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { NoteField } from "./note-field";
import type { FormAction } from "@/lib/http/action-result";

// End of care: archives the plan. A tick box guards against a slip of the finger.
export function DischargeForm({ planId, save }: { planId: string; save: FormAction }) {
  const t = useTranslations("control");
  // A refusal (the box not ticked) keeps the note the physio wrote.
  const { action, onSubmit, pending, invalid, error } = useKeptForm(save);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-muted">{t("discharge.lead")}</p>
      <FormMessage id="discharge-error" message={error} />
      <NoteField id="discharge-note" required invalid={invalid("note")} errorId="discharge-error" />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="confirm"
          className="size-5"
          aria-invalid={invalid("confirm")}
          aria-describedby={invalid("confirm") ? "discharge-error" : undefined}
        />
        <span>{t("discharge.confirm")}</span>
      </label>
      <Button type="submit" variant="danger" pending={pending}>
        {t("discharge.submit")}
      </Button>
    </form>
  );
}
