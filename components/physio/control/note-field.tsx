"use client";

import { useTranslations } from "next-intl";

// The note that goes with a change of the plan. A physio's note is shown to the patient, so the
// label says so; a runner's note is for their physio.
export function NoteField({
  id,
  required,
  invalid,
  errorId,
  forRunner,
}: {
  id: string;
  required?: boolean;
  invalid?: boolean;
  /** The message that says what is wrong, read with the note when it is at fault. */
  errorId?: string;
  forRunner?: boolean;
}) {
  const t = useTranslations("control");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {forRunner ? t("runner.note") : required ? t("note") : t("noteOptional")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {forRunner ? t("runner.noteHint") : t("noteHint")}
      </p>
      <textarea
        id={id}
        name="note"
        rows={2}
        maxLength={1000}
        required={required}
        aria-describedby={invalid && errorId ? `${id}-hint ${errorId}` : `${id}-hint`}
        aria-invalid={invalid}
        className={`mt-1 block w-full rounded-lg border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
      />
    </div>
  );
}
