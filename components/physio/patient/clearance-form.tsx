"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

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
  const message = useMessage();
  const [state, action, pending] = useActionState(save, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <section aria-labelledby="clearance-title" className="rounded-xl border-2 border-red-300 bg-red-50 p-4">
      <h2 id="clearance-title" className="text-xl font-bold text-red-900">
        {t("title")}
      </h2>
      {redFlags.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2">{t("lead")}</p>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="planId" value={planId} />
        <FormMessage message={failed ? message(failed.error, failed.params) : undefined} />
        <div>
          <label htmlFor="clearance-note" className="block font-semibold">
            {t("note")}
          </label>
          <p id="clearance-note-hint" className="text-sm text-muted">
            {c("noteHint")}
          </p>
          <textarea
            id="clearance-note"
            name="note"
            rows={2}
            maxLength={1000}
            required
            aria-describedby="clearance-note-hint"
            aria-invalid={failed?.fields?.includes("note") || undefined}
            className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
