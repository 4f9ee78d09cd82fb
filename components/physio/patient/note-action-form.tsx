"use client";

import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { textArea } from "@/components/ui/styles";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import type { ClearanceSchema, DecisionSchema } from "@/lib/forms/schemas/plan-control";

const tones = {
  alert: { box: "border-red-300 bg-red-50", title: "text-xl font-bold text-red-900" },
  info: { box: "border-sky-300 bg-sky-50", title: "text-xl font-bold" },
} as const;

// The physio's answer to something the plan is waiting on (a red flag, a phase gate): a panel with two texts, the
// clinical finding (for the physio's file only, never shown to the runner) and the message to the runner, and the
// submit buttons. Clearance and decision forms only differ in their texts, hidden fields and buttons.
export function NoteActionForm({
  id,
  tone,
  title,
  intro,
  hidden,
  noteLabel,
  noteHint,
  noteRequired,
  findingLabel,
  findingHint,
  findingRequired,
  save,
  schema,
  fields,
  buttons,
}: {
  /** Prefix of the ids: `${id}-title`, `${id}-note`. */
  id: string;
  tone: keyof typeof tones;
  title: ReactNode;
  /** What is shown between the title and the form. */
  intro: ReactNode;
  hidden: Record<string, string | number>;
  noteLabel: ReactNode;
  noteHint?: ReactNode;
  noteRequired?: boolean;
  /** The clinical finding's label and hint; it is sent as `finding`. */
  findingLabel: ReactNode;
  findingHint: ReactNode;
  findingRequired?: boolean;
  save: SchemaFormAction;
  /** The form's schema (the one its action parses); it has a `finding` and a `note`. */
  schema: typeof ClearanceSchema | typeof DecisionSchema;
  /** Fields after the note (a decline's re-check date), given a field's metadata and its translated error. */
  fields?: (field: (name: string) => { meta: FieldMetadata<string | undefined>; error?: string }) => ReactNode;
  buttons: (pending: boolean) => ReactNode;
}) {
  // A refusal keeps the note; the pressed button (approve or decline) is sent along; a saved answer empties it.
  const form = useSchemaForm(save, schema, { id });
  const field = (name: string) => {
    const meta = (form.fields as unknown as Record<string, FieldMetadata<string | undefined>>)[name]!;
    return { meta, error: form.message(meta.errors) };
  };
  // The ids stay the panel's own (`${id}-note`, `${id}-note-hint`): e2e specs and the print view name them.
  const text = (name: "finding" | "note", label: ReactNode, hint: ReactNode, required?: boolean) => {
    const { meta, error } = field(name);
    const controlId = `${id}-${name}`;
    return (
      <div>
        <label htmlFor={controlId} className="block font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`${controlId}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        <textarea
          {...getTextareaProps(meta, { ariaDescribedBy: hint ? `${controlId}-hint` : undefined })}
          key={meta.key}
          id={controlId}
          required={required}
          rows={2}
          className={textArea}
        />
        <FieldError id={meta.errorId} message={error} />
      </div>
    );
  };
  return (
    <section aria-labelledby={`${id}-title`} className={`@container rounded-xl border-2 p-4 ${tones[tone].box}`}>
      <h2 id={`${id}-title`} className={tones[tone].title}>
        {title}
      </h2>
      {intro}
      <form
        id={form.form.id}
        action={form.action}
        onSubmit={form.form.onSubmit}
        noValidate={form.form.noValidate}
        className="mt-3 space-y-3"
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormMessage message={form.message(form.form.errors)} id={form.form.errorId} />
        {/* Side by side where the panel is wide enough (a laptop's overview), so the buttons stay in view. */}
        <div className="grid gap-3 @xl:grid-cols-2">
          {text("finding", findingLabel, findingHint, findingRequired)}
          {text("note", noteLabel, noteHint, noteRequired)}
        </div>
        {fields?.(field)}
        {buttons(form.pending)}
      </form>
    </section>
  );
}
