"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
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
  const message = useMessage();
  const [state, action, pending] = useActionState(save, undefined);
  const failed = state && !state.ok ? state : undefined;
  const invalid = (field: string) => failed?.fields?.includes(field) || undefined;
  const border = (field: string) => (invalid(field) ? "border-red-700" : "border-slate-400");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id="override-error" message={failed ? message(failed.error, failed.params) : undefined} />
      {state?.ok ? <FormMessage tone="success" message={t("override.saved")} /> : null}
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
