"use client";

import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";

// The note that goes with a change of the plan. A physio's note is shown to the patient, so the
// label says so; a runner's note is for their physio. On a Conform form (`field`), its error is shown
// under it and tied to it; on an older form, `invalid` points at the form's message (`errorId`).
export function NoteField({
  id,
  required,
  invalid,
  errorId,
  forRunner,
  field,
  error,
}: {
  id: string;
  required?: boolean;
  invalid?: boolean;
  /** The message that says what is wrong, read with the note when it is at fault. */
  errorId?: string;
  forRunner?: boolean;
  field?: FieldMetadata<unknown>;
  /** The field's error, translated. */
  error?: string;
}) {
  const t = useTranslations("control");
  const hint = `${id}-hint`;
  const faulty = field ? Boolean(field.errors) : invalid;
  const control = field
    ? { ...getTextareaProps(field, { ariaDescribedBy: hint }), id }
    : {
        id,
        name: "note",
        maxLength: 1000,
        required,
        "aria-describedby": invalid && errorId ? `${hint} ${errorId}` : hint,
        "aria-invalid": invalid,
      };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {forRunner ? t("runner.note") : required ? t("note") : t("noteOptional")}
      </label>
      <p id={hint} className="text-sm text-muted">
        {forRunner ? t("runner.noteHint") : t("noteHint")}
      </p>
      <textarea
        {...control}
        key={field?.key}
        rows={2}
        className={`mt-1 block w-full rounded-lg border bg-white px-3 py-2 ${faulty ? "border-red-700" : "border-slate-400"}`}
      />
      {field ? <FieldError id={field.errorId} message={error} /> : null}
    </div>
  );
}
