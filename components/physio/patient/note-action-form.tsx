"use client";

import type { ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { LabelledControl } from "@/components/ui/labelled-control";
import { textArea } from "@/components/ui/styles";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

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
  save: FormAction;
  /** Fields after the note (a decline's re-check date), told which fields the server refused. */
  fields?: (invalid: (name: string) => true | undefined) => ReactNode;
  buttons: (pending: boolean) => ReactNode;
}) {
  // A refusal keeps the note; the pressed button (approve or decline) is sent along.
  const { action, onSubmit, pending, invalid, error } = useKeptForm(save, { resetOnSuccess: true });
  return (
    <section aria-labelledby={`${id}-title`} className={`@container rounded-xl border-2 p-4 ${tones[tone].box}`}>
      <h2 id={`${id}-title`} className={tones[tone].title}>
        {title}
      </h2>
      {intro}
      <form action={action} onSubmit={onSubmit} className="mt-3 space-y-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormMessage message={error} id={`${id}-error`} />
        {/* Side by side where the panel is wide enough (a laptop's overview), so the buttons stay in view. */}
        <div className="grid gap-3 @xl:grid-cols-2">
          <LabelledControl
            id={`${id}-finding`}
            label={findingLabel}
            hint={findingHint}
            invalid={invalid("finding")}
            errorId={`${id}-error`}
          >
            {(control) => (
              <textarea
                {...control}
                name="finding"
                rows={2}
                maxLength={1000}
                required={findingRequired}
                className={textArea}
              />
            )}
          </LabelledControl>
          <LabelledControl
            id={`${id}-note`}
            label={noteLabel}
            hint={noteHint}
            invalid={invalid("note")}
            errorId={`${id}-error`}
          >
            {(control) => (
              <textarea
                {...control}
                name="note"
                rows={2}
                maxLength={1000}
                required={noteRequired}
                className={textArea}
              />
            )}
          </LabelledControl>
        </div>
        {fields?.(invalid)}
        {buttons(pending)}
      </form>
    </section>
  );
}
