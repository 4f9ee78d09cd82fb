"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

export function NoteForm({ planId, save }: { planId: string; save: FormAction }) {
  const t = useTranslations("patient.notes");
  const c = useTranslations("control.notes");
  // A refused note stays in the box; an added one empties it.
  const { action, onSubmit, pending, succeeded, error } = useKeptForm(save, { resetOnSuccess: true });
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage message={error} />
      {succeeded ? <FormMessage tone="success" message={t("added")} /> : null}
      <label htmlFor="note-body" className="block font-semibold">
        {t("label")}
      </label>
      <textarea
        id="note-body"
        name="body"
        rows={3}
        maxLength={5000}
        required
        className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
      />
      <fieldset>
        <legend className="font-semibold">{c("visibility")}</legend>
        {(["file", "patient"] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="visibility" value={v} defaultChecked={v === "file"} className="size-5" />
            <span>{c(v)}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" pending={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
