"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { NoteField } from "./note-field";
import type { FormAction } from "@/lib/http/action-result";

const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";

// Set the phase, the running level (any level of this plan's ladder) or the return date, with a note.
export function OverrideForm({
  planId,
  phase,
  level,
  total,
  save,
}: {
  planId: string;
  phase: number;
  level: number | null;
  total: number | null;
  save: FormAction;
}) {
  const t = useTranslations("control");
  // A refused change keeps what the physio chose and wrote; a saved one empties the form.
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(save, { resetOnSuccess: true });
  const border = (field: string) => (invalid(field) ? "border-red-700" : "border-slate-400");
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id="override-error" message={error} />
      {succeeded ? <FormMessage tone="success" message={t("override.saved")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="override-phase" className="block font-semibold">
            {t("override.phase")}
          </label>
          <select
            id="override-phase"
            name="phase"
            defaultValue=""
            aria-invalid={invalid("phase")}
            aria-describedby={invalid("phase") ? "override-error" : undefined}
            className={`${inputClass} ${border("phase")}`}
          >
            <option value="">{t("override.keep")}</option>
            {[1, 2, 3, 4].map((p) => (
              <option key={p} value={p} disabled={p === phase}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="override-level" className="block font-semibold">
            {total ? t("override.level", { total }) : t("override.levelAny")}
          </label>
          <input
            id="override-level"
            name="level"
            type="number"
            inputMode="numeric"
            min={1}
            max={total ?? undefined}
            placeholder={level ? String(level) : ""}
            aria-describedby={invalid("level") ? "override-level-hint override-error" : "override-level-hint"}
            aria-invalid={invalid("level")}
            className={`${inputClass} ${border("level")}`}
          />
          <p id="override-level-hint" className="text-sm text-muted">
            {t("override.levelHint")}
          </p>
        </div>
        <div>
          <label htmlFor="override-date" className="block font-semibold">
            {t("override.backToLevelOn")}
          </label>
          <input
            id="override-date"
            name="backToLevelOn"
            type="date"
            aria-invalid={invalid("backToLevelOn")}
            aria-describedby={invalid("backToLevelOn") ? "override-error" : undefined}
            className={`${inputClass} ${border("backToLevelOn")}`}
          />
        </div>
      </div>
      <NoteField id="override-note" required invalid={invalid("note")} errorId="override-error" />
      <Button type="submit" pending={pending}>
        {t("override.submit")}
      </Button>
    </form>
  );
}
