"use client";

import { getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import type { SchemaFormAction } from "@/lib/http/form-action";
import { MessageSchema } from "@/lib/forms/schemas/message";

// The text stays in the box when the server refuses it; after a send the box empties (the action
// answers with a reset) and a live region says so (the new message appears at the bottom of the list).
export function MessageForm({
  planId,
  maxLength,
  send,
}: {
  planId: string;
  maxLength: number;
  send: SchemaFormAction;
}) {
  const t = useTranslations("messages");
  const { form, fields, action, pending, succeeded, message } = useSchemaForm(send, MessageSchema, { id: "message" });
  const body = fields.body;
  const bodyError = message(body.errors);
  return (
    <form id={form.id} action={action} onSubmit={form.onSubmit} noValidate={form.noValidate} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id={form.errorId} message={message(form.errors)} />
      <label htmlFor="message-body" className="block font-semibold">
        {t("label")}
      </label>
      <p id="message-hint" className="text-sm text-muted">
        {t("hint", { max: maxLength })}
      </p>
      <p id={body.errorId} role="alert" className="font-medium text-red-900" hidden={!bodyError}>
        {bodyError}
      </p>
      <textarea
        {...getTextareaProps(body, { ariaDescribedBy: "message-hint" })}
        key={body.key}
        id="message-body"
        rows={3}
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
