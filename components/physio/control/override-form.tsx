"use client";

import { getInputProps, getSelectProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { OverrideSchema } from "@/lib/forms/schemas/plan-control";
import { NoteField } from "./note-field";

const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";

// Set the phase, the running level (any level of this plan's ladder) or the return date, with a note.
export function OverrideForm({
  planId,
  phase,
  level,
  total,
  save,
}: {
  planId: string;
  phase: number;
  level: number | null;
  total: number | null;
  save: SchemaFormAction;
}) {
  const t = useTranslations("control");
  // A refused change keeps what the physio chose and wrote; a saved one empties the form.
  const { form, fields, action, pending, succeeded, message } = useSchemaForm(save, OverrideSchema, {
    id: "override",
  });
  const border = (errors: string[] | undefined) => (errors ? "border-red-700" : "border-slate-400");
  const f = fields;
  return (
    <form id={form.id} action={action} onSubmit={form.onSubmit} noValidate={form.noValidate} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id={form.errorId} message={message(form.errors)} />
      {succeeded ? <FormMessage tone="success" message={t("override.saved")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={f.phase.id} className="block font-semibold">
            {t("override.phase")}
          </label>
          <select {...getSelectProps(f.phase)} key={f.phase.key} className={`${inputClass} ${border(f.phase.errors)}`}>
            <option value="">{t("override.keep")}</option>
            {[1, 2, 3, 4].map((p) => (
              <option key={p} value={p} disabled={p === phase}>
                {p}
              </option>
            ))}
          </select>
          <FieldError id={f.phase.errorId} message={message(f.phase.errors)} />
        </div>
        <div>
          <label htmlFor={f.level.id} className="block font-semibold">
            {total ? t("override.level", { total }) : t("override.levelAny")}
          </label>
          <input
            {...getInputProps(f.level, { type: "number", ariaDescribedBy: f.level.descriptionId })}
            key={f.level.key}
            inputMode="numeric"
            max={total ?? undefined}
            placeholder={level ? String(level) : ""}
            className={`${inputClass} ${border(f.level.errors)}`}
          />
          <p id={f.level.descriptionId} className="text-sm text-muted">
            {t("override.levelHint")}
          </p>
          <FieldError id={f.level.errorId} message={message(f.level.errors)} />
        </div>
        <div>
          <label htmlFor={f.backToLevelOn.id} className="block font-semibold">
            {t("override.backToLevelOn")}
          </label>
          <input
            {...getInputProps(f.backToLevelOn, { type: "date" })}
            key={f.backToLevelOn.key}
            className={`${inputClass} ${border(f.backToLevelOn.errors)}`}
          />
          <FieldError id={f.backToLevelOn.errorId} message={message(f.backToLevelOn.errors)} />
        </div>
      </div>
      <NoteField id="override-note" required field={f.note} error={message(f.note.errors)} />
      <Button type="submit" pending={pending}>
        {t("override.submit")}
      </Button>
    </form>
  );
}
