"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

// The patient met the gate of a phase that needs the physio's go-ahead: approve or decline, with a note.
export function DecisionForm({ planId, toPhase, save }: { planId: string; toPhase: number; save: FormAction }) {
  const t = useTranslations("patient.decision");
  const message = useMessage();
  const [state, action, pending] = useActionState(save, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <section aria-labelledby="decision-title" className="rounded-xl border-2 border-sky-300 bg-sky-50 p-4">
      <h2 id="decision-title" className="text-xl font-bold">
        {t("title", { phase: toPhase })}
      </h2>
      <p className="mt-1">{t("lead", { phase: toPhase })}</p>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="toPhase" value={toPhase} />
        <FormMessage message={failed ? message(failed.error, failed.params) : undefined} />
        <div>
          <label htmlFor="decision-note" className="block font-semibold">
            {t("note")}
          </label>
          <textarea
            id="decision-note"
            name="note"
            rows={2}
            maxLength={1000}
            className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="decision" value="approve" pending={pending}>
            {t("approve", { phase: toPhase })}
          </Button>
          <Button type="submit" name="decision" value="decline" variant="secondary" disabled={pending}>
            {t("decline")}
          </Button>
        </div>
      </form>
    </section>
  );
}
