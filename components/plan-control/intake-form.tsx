"use client";

import { useTranslations } from "next-intl";
import { NoteField } from "@/components/physio/control/note-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

export type IntakeValues = {
  runsPerWeek: number;
  weeklyMinutes: number;
  longestRunMinutes: number;
  trainingDays: number[];
};

const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";

// Correct the running before the injury; only fields that differ are stored (the service compares).
// The physio must say why (the runner sees it); the runner's own note is optional.
export function IntakeForm({
  planId,
  intake,
  action: submit,
  forRunner,
}: {
  planId: string;
  intake: IntakeValues;
  action: FormAction;
  forRunner: boolean;
}) {
  const t = useTranslations("control");
  // Kept: a refused change leaves what was typed in place (a saved one remounts with the new values).
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(submit);
  const number = (name: "runsPerWeek" | "weeklyMinutes" | "longestRunMinutes", min: number, max: number) => (
    <div>
      <label htmlFor={`intake-${name}`} className="block font-semibold">
        {t(`intake.${name}`)}
      </label>
      <input
        id={`intake-${name}`}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        required
        defaultValue={intake[name]}
        aria-invalid={invalid(name)}
        aria-describedby={invalid(name) ? "intake-error" : undefined}
        className={`${inputClass} ${invalid(name) ? "border-red-700" : "border-slate-400"}`}
      />
    </div>
  );
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" key={JSON.stringify(intake)}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="trainingDaysShown" value="1" />
      {forRunner ? null : <p className="text-sm text-muted">{t("intake.lead")}</p>}
      <FormMessage id="intake-error" message={error} />
      {succeeded ? <FormMessage tone="success" message={t("intake.saved")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {number("runsPerWeek", 1, 14)}
        {number("weeklyMinutes", 10, 2000)}
        {number("longestRunMinutes", 5, 600)}
      </div>
      <fieldset>
        <legend className="font-semibold">{t("intake.trainingDays")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
            <label key={d} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="trainingDays"
                value={d}
                defaultChecked={intake.trainingDays.includes(d)}
                className="size-5"
              />
              <span>{t(`weekday.${d}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <NoteField
        id="intake-note"
        required={!forRunner}
        forRunner={forRunner}
        invalid={invalid("note")}
        errorId="intake-error"
      />
      <Button type="submit" pending={pending}>
        {t("intake.submit")}
      </Button>
    </form>
  );
}
