"use client";

import { getInputProps, getSelectProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { NoteField } from "@/components/physio/control/note-field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import type { InterruptionReason } from "@/lib/engine";
import { EndPauseSchema, PauseSchema } from "@/lib/forms/schemas/plan-control";

export type PauseView = {
  from: string;
  to: string;
  fromText: string;
  toText: string;
  reason: InterruptionReason | null;
  isRunning: boolean;
};

const reasons = ["illness", "holiday", "surgery", "other"] as const;
const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";
const border = (errors: string[] | undefined) => (errors ? "border-red-700" : "border-slate-400");

// Start or end a pause (illness, holiday, surgery). The same panel serves the runner and the
// physio; each passes its own server actions, which check the caller themselves.
export function PausePanel({
  planId,
  pause,
  today,
  maxTo,
  startAction,
  endAction,
  forRunner,
}: {
  planId: string;
  pause: PauseView | null;
  today: string;
  maxTo: string;
  startAction: SchemaFormAction;
  endAction: SchemaFormAction;
  forRunner: boolean;
}) {
  const t = useTranslations("control");
  // A refused pause keeps the dates, reason and note that were entered; a saved one empties the form.
  const start = useSchemaForm(startAction, PauseSchema, {
    id: "pause-start",
    defaultValue: { from: today, reason: "illness" },
  });
  const end = useSchemaForm(endAction, EndPauseSchema, { id: "pause-end" });
  const reasonText = pause?.reason ? t(`pause.reasons.${pause.reason}`) : t("pause.reasons.other");

  if (pause) {
    return (
      <form
        id={end.form.id}
        action={end.action}
        onSubmit={end.form.onSubmit}
        noValidate={end.form.noValidate}
        className="space-y-3"
      >
        <input type="hidden" name="planId" value={planId} />
        <FormMessage id={end.form.errorId} message={end.message(end.form.errors)} />
        {start.succeeded ? <FormMessage tone="success" message={t("pause.saved")} /> : null}
        <p role="status" className="rounded-lg bg-amber-50 p-3 font-medium text-amber-950">
          {pause.isRunning
            ? t("pause.running", { to: pause.toText, reason: reasonText })
            : t("pause.planned", { from: pause.fromText, to: pause.toText, reason: reasonText })}
        </p>
        <NoteField
          id="pause-end-note"
          forRunner={forRunner}
          field={end.fields.note}
          error={end.message(end.fields.note.errors)}
        />
        <Button type="submit" variant="secondary" pending={end.pending}>
          {t("pause.end")}
        </Button>
      </form>
    );
  }
  const { from, to, reason, note } = start.fields;
  return (
    <form
      id={start.form.id}
      action={start.action}
      onSubmit={start.form.onSubmit}
      noValidate={start.form.noValidate}
      className="space-y-3"
    >
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id={start.form.errorId} message={start.message(start.form.errors)} />
      {end.succeeded ? <FormMessage tone="success" message={t("pause.ended")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="pause-from" className="block font-semibold">
            {t("pause.from")}
          </label>
          <input
            {...getInputProps(from, { type: "date" })}
            key={from.key}
            id="pause-from"
            min={today}
            className={`${inputClass} ${border(from.errors)}`}
          />
          <FieldError id={from.errorId} message={start.message(from.errors)} />
        </div>
        <div>
          <label htmlFor="pause-to" className="block font-semibold">
            {t("pause.to")}
          </label>
          <input
            {...getInputProps(to, { type: "date" })}
            key={to.key}
            id="pause-to"
            min={today}
            max={maxTo}
            className={`${inputClass} ${border(to.errors)}`}
          />
          <FieldError id={to.errorId} message={start.message(to.errors)} />
        </div>
        <div>
          <label htmlFor="pause-reason" className="block font-semibold">
            {t("pause.reason")}
          </label>
          <select
            {...getSelectProps(reason)}
            key={reason.key}
            id="pause-reason"
            className={`${inputClass} ${border(reason.errors)}`}
          >
            {reasons.map((r) => (
              <option key={r} value={r}>
                {t(`pause.reasons.${r}`)}
              </option>
            ))}
          </select>
          <FieldError id={reason.errorId} message={start.message(reason.errors)} />
        </div>
      </div>
      <NoteField id="pause-note" forRunner={forRunner} field={note} error={start.message(note.errors)} />
      <Button type="submit" pending={start.pending}>
        {t("pause.submit")}
      </Button>
    </form>
  );
}
