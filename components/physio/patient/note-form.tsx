"use client";

import { getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { NoteSchema, noteVisibilities } from "@/lib/forms/schemas/note";

export function NoteForm({ planId, save }: { planId: string; save: SchemaFormAction }) {
  const t = useTranslations("patient.notes");
  const c = useTranslations("control.notes");
  // A refused note stays in the box; an added one empties it (the action answers with a reset).
  const { form, fields, action, pending, succeeded, message } = useSchemaForm(save, NoteSchema, { id: "note" });
  const body = fields.body;
  const visibility = fields.visibility;
  const chosen = visibility.initialValue ?? "file";
  return (
    <form id={form.id} action={action} onSubmit={form.onSubmit} noValidate={form.noValidate} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id={form.errorId} message={message(form.errors)} />
      {succeeded ? <FormMessage tone="success" message={t("added")} /> : null}
      <label htmlFor={body.id} className="block font-semibold">
        {t("label")}
      </label>
      <textarea
        {...getTextareaProps(body)}
        key={body.key}
        rows={3}
        className={`block w-full rounded-lg border bg-white px-3 py-2 ${body.errors ? "border-red-700" : "border-slate-400"}`}
      />
      <FieldError id={body.errorId} message={message(body.errors)} />
      <fieldset key={visibility.key}>
        <legend className="font-semibold">{c("visibility")}</legend>
        {noteVisibilities.toReversed().map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={visibility.name} value={v} defaultChecked={v === chosen} className="size-5" />
            <span>{c(v)}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" pending={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
