"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { ClearanceSchema } from "@/lib/forms/schemas/plan-control";
import { NoteActionForm } from "./note-action-form";

// After seeing the patient, the physio resumes the paused plan: what they found goes to their file, and an
// optional message goes to the runner.
export function PhysioClearanceForm({
  planId,
  redFlags,
  urgency,
  save,
}: {
  planId: string;
  redFlags: string[];
  /** How soon to see the patient and why (the red-flag triage), in the physio's words. */
  urgency?: string;
  save: SchemaFormAction;
}) {
  const t = useTranslations("patient.clearance");
  const c = useTranslations("control");
  return (
    <NoteActionForm
      id="clearance"
      tone="alert"
      title={t("title")}
      intro={
        <>
          {urgency ? (
            <p className="mt-1 font-semibold text-red-900" data-testid="red-flag-urgency">
              {urgency}
            </p>
          ) : null}
          {redFlags.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {redFlags.map((flag) => (
                <li key={flag}>{flag}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2">{t("lead")}</p>
        </>
      }
      hidden={{ planId }}
      findingLabel={t("finding")}
      findingHint={t("findingHint")}
      findingRequired
      noteLabel={t("note")}
      noteHint={c("noteHint")}
      save={save}
      schema={ClearanceSchema}
      buttons={(pending) => (
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      )}
    />
  );
}
