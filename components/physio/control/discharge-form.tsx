"use client";

import { getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { DischargeSchema } from "@/lib/forms/schemas/plan-control";
import { NoteField } from "./note-field";

// End of care: archives the plan. A tick box guards against a slip of the finger.
export function DischargeForm({ planId, save }: { planId: string; save: SchemaFormAction }) {
  const t = useTranslations("control");
  // A refusal (the box not ticked) keeps the note the physio wrote.
  const { form, fields, action, pending, message } = useSchemaForm(save, DischargeSchema, { id: "discharge" });
  const { note, confirm } = fields;
  return (
    <form id={form.id} action={action} onSubmit={form.onSubmit} noValidate={form.noValidate} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-muted">{t("discharge.lead")}</p>
      <FormMessage id={form.errorId} message={message(form.errors)} />
      <NoteField id="discharge-note" required field={note} error={message(note.errors)} />
      <div>
        <label className="flex min-h-11 items-center gap-2">
          <input {...getInputProps(confirm, { type: "checkbox" })} key={confirm.key} className="size-5" />
          <span>{t("discharge.confirm")}</span>
        </label>
        <FieldError id={confirm.errorId} message={message(confirm.errors)} />
      </div>
      <Button type="submit" variant="danger" pending={pending}>
        {t("discharge.submit")}
      </Button>
    </form>
  );
}
