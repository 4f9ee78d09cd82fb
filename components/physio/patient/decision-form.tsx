"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/http/action-result";
import { NoteActionForm } from "./note-action-form";

// The patient met the gate of a phase that needs the physio's go-ahead: approve or decline, with a note.
// `evidence` is what the decision rests on (the running tests before phase 4), shown above the buttons.
export function DecisionForm({
  planId,
  toPhase,
  save,
  evidence,
}: {
  planId: string;
  toPhase: number;
  save: FormAction;
  evidence?: ReactNode;
}) {
  const t = useTranslations("patient.decision");
  const c = useTranslations("control");
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
      noteHint={c("noteHint")}
      save={save}
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
