"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/http/action-result";
import { NoteActionForm } from "./note-action-form";

// After seeing the patient, the physio resumes the paused plan; the note says what they found.
export function PhysioClearanceForm({
  planId,
  redFlags,
  save,
}: {
  planId: string;
  redFlags: string[];
  save: FormAction;
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
      noteLabel={t("note")}
      noteHint={c("noteHint")}
      noteRequired
      save={save}
      buttons={(pending) => (
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      )}
    />
  );
}
