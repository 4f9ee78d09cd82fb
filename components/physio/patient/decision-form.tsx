"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { getInputProps } from "@conform-to/react";
import { FieldError } from "@/components/ui/field-error";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { DecisionSchema } from "@/lib/forms/schemas/plan-control";
import { NoteActionForm } from "./note-action-form";

const dateInput = "mt-1 block min-h-11 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3 text-base";

/** The re-check a decline sets: by default three days on, at most four weeks (the service checks the same). */
export type RecheckDates = { suggested: string; min: string; max: string };

// The patient met the gate of a phase that needs the physio's go-ahead: approve, or "not yet" with the
// reason the patient sees and the day the step comes back (the pain-free streak keeps counting).
// `evidence` is what the decision rests on (the running tests before phase 4), shown above the buttons.
export function DecisionForm({
  planId,
  toPhase,
  recheck,
  save,
  evidence,
}: {
  planId: string;
  toPhase: number;
  recheck: RecheckDates;
  save: SchemaFormAction;
  evidence?: ReactNode;
}) {
  const t = useTranslations("patient.decision");
  return (
    <NoteActionForm
      id="decision"
      tone="info"
      title={t("title", { phase: toPhase })}
      intro={
        <>
          <p className="mt-1">{t("lead", { phase: toPhase })}</p>
          {evidence}
        </>
      }
      hidden={{ planId, toPhase }}
      findingLabel={t("finding")}
      findingHint={t("findingHint")}
      noteLabel={t("note")}
      noteHint={t("noteHint")}
      save={save}
      schema={DecisionSchema}
      fields={(field) => {
        const { meta, error } = field("recheckOn");
        return (
          <div>
            <label htmlFor="decision-recheck" className="block font-semibold">
              {t("recheckOn")}
            </label>
            <p id="decision-recheck-hint" className="text-sm text-muted">
              {t("recheckHint")}
            </p>
            <input
              {...getInputProps(meta, { type: "date", ariaDescribedBy: "decision-recheck-hint", value: false })}
              key={meta.key}
              id="decision-recheck"
              defaultValue={meta.initialValue ?? recheck.suggested}
              min={recheck.min}
              max={recheck.max}
              className={dateInput}
            />
            <FieldError id={meta.errorId} message={error} />
          </div>
        );
      }}
      buttons={(pending) => (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="decision" value="approve" pending={pending}>
            {t("approve", { phase: toPhase })}
          </Button>
          <Button type="submit" name="decision" value="decline" variant="secondary" disabled={pending}>
            {t("decline")}
          </Button>
        </div>
      )}
    />
  );
}
