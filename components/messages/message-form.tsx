"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/lib/http/action-result";

// The text stays in the box when the server refuses it; after a send the box empties and a live
// region says so (the new message itself appears at the bottom of the list).
export function MessageForm({
  planId,
  maxLength,
  send,
}: {
  planId: string;
  maxLength: number;
  send: FormAction<{ id: string }>;
}) {
  const t = useTranslations("messages");
  const form = useRef<HTMLFormElement>(null);
  const { state, action, onSubmit, pending, succeeded, fieldError, formError } = useKeptForm(send);
  const bodyError = fieldError("body");
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage message={formError} />
      <label htmlFor="message-body" className="block font-semibold">
        {t("label")}
      </label>
      <p id="message-hint" className="text-sm text-muted">
        {t("hint", { max: maxLength })}
      </p>
      {bodyError ? (
        <p id="message-error" role="alert" className="font-medium text-red-900">
          {bodyError}
        </p>
      ) : null}
      <textarea
        id="message-body"
        name="body"
        rows={3}
        required
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={bodyError ? "message-hint message-error" : "message-hint"}
        className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? t("sending") : t("send")}
        </Button>
        <p role="status" aria-live="polite" className="font-medium text-brand-900">
          {succeeded && !pending ? t("sent") : ""}
        </p>
      </div>
    </form>
  );
}
