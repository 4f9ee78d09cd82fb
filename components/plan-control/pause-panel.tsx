"use client";

import { useTranslations } from "next-intl";
import { NoteField } from "@/components/physio/control/note-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import type { InterruptionReason } from "@/lib/engine";

export type PauseView = {
  from: string;
  to: string;
  fromText: string;
  toText: string;
  reason: InterruptionReason | null;
  isRunning: boolean;
};

const reasons = ["illness", "holiday", "surgery", "other"] as const;
const inputClass = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 text-base";

// Start or end a pause (illness, holiday, surgery). The same panel serves the runner and the
// physio; each passes its own server actions, which check the caller themselves.
export function PausePanel({
  planId,
  pause,
  today,
  maxTo,
  startAction,
  endAction,
  forRunner,
}: {
  planId: string;
  pause: PauseView | null;
  today: string;
  maxTo: string;
  startAction: FormAction;
  endAction: FormAction;
  forRunner: boolean;
}) {
  const t = useTranslations("control");
  // A refused pause keeps the dates, reason and note that were entered.
  const start = useKeptForm(startAction, { resetOnSuccess: true });
  const end = useKeptForm(endAction, { resetOnSuccess: true });
  const error = start.error ?? end.error;
  const reasonText = pause?.reason ? t(`pause.reasons.${pause.reason}`) : t("pause.reasons.other");

  if (pause) {
    return (
      <form action={end.action} onSubmit={end.onSubmit} className="space-y-3">
        <input type="hidden" name="planId" value={planId} />
        <FormMessage message={error} />
        {start.succeeded ? <FormMessage tone="success" message={t("pause.saved")} /> : null}
        <p role="status" className="rounded-lg bg-amber-50 p-3 font-medium text-amber-950">
          {pause.isRunning
            ? t("pause.running", { to: pause.toText, reason: reasonText })
            : t("pause.planned", { from: pause.fromText, to: pause.toText, reason: reasonText })}
        </p>
        <NoteField id="pause-end-note" forRunner={forRunner} />
        <Button type="submit" variant="secondary" pending={end.pending}>
          {t("pause.end")}
        </Button>
      </form>
    );
  }
  return (
    <form action={start.action} onSubmit={start.onSubmit} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage message={error} />
      {end.succeeded ? <FormMessage tone="success" message={t("pause.ended")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="pause-from" className="block font-semibold">
            {t("pause.from")}
          </label>
          <input
            id="pause-from"
            name="from"
            type="date"
            required
            min={today}
            defaultValue={today}
            aria-invalid={start.invalid("from")}
            className={`${inputClass} ${start.invalid("from") ? "border-red-700" : "border-slate-400"}`}
          />
        </div>
        <div>
          <label htmlFor="pause-to" className="block font-semibold">
            {t("pause.to")}
          </label>
          <input
            id="pause-to"
            name="to"
            type="date"
            required
            min={today}
            max={maxTo}
            aria-invalid={start.invalid("to")}
            className={`${inputClass} ${start.invalid("to") ? "border-red-700" : "border-slate-400"}`}
          />
        </div>
        <div>
          <label htmlFor="pause-reason" className="block font-semibold">
            {t("pause.reason")}
          </label>
          <select id="pause-reason" name="reason" defaultValue="illness" className={`${inputClass} border-slate-400`}>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {t(`pause.reasons.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <NoteField id="pause-note" forRunner={forRunner} />
      <Button type="submit" pending={start.pending}>
        {t("pause.submit")}
      </Button>
    </form>
  );
}
