"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import { NoteField } from "./note-field";

const inputClass = "mt-1 block min-h-11 w-full max-w-xs rounded-lg border bg-white px-3 text-base";

// A bone stress injury's diagnosis date (Warden et al. 2014: the rest counts from the injury): once
// entered, phase 1's days count from it instead of the last run. Stored as an intake correction, so the
// whole plan is replayed with it and the patient sees the change with the physio's note.
export function BoneDiagnosisForm({
  planId,
  diagnosedOn,
  lastRun,
  today,
  earliest,
  save,
}: {
  planId: string;
  diagnosedOn: string | undefined;
  /** The last run as the patient gave it, already formatted. */
  lastRun: string;
  today: string;
  earliest: string;
  save: FormAction;
}) {
  const t = useTranslations("control");
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(save);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" key={diagnosedOn ?? "none"}>
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-muted">{t("intake.diagnosisLead", { lastRun })}</p>
      <FormMessage id="diagnosis-error" message={error} />
      <div>
        <label htmlFor="diagnosis-date" className="block font-semibold">
          {t("intake.diagnosedOn")}
        </label>
        <input
          id="diagnosis-date"
          name="diagnosedOn"
          type="date"
          required
          min={earliest}
          max={today}
          defaultValue={diagnosedOn ?? ""}
          aria-invalid={invalid("diagnosedOn")}
          aria-describedby={invalid("diagnosedOn") ? "diagnosis-error" : undefined}
          className={`${inputClass} ${invalid("diagnosedOn") ? "border-red-700" : "border-slate-400"}`}
        />
      </div>
      <NoteField id="diagnosis-note" required invalid={invalid("note")} errorId="diagnosis-error" />
      {succeeded ? <FormMessage tone="success" message={t("intake.diagnosisSaved")} /> : null}
      <Button type="submit" pending={pending}>
        {t("intake.diagnosisSubmit")}
      </Button>
    </form>
  );
}
