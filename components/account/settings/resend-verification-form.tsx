"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

export function ResendVerificationForm({ email, action }: { email: string; action: FormAction }) {
  const t = useTranslations("settings.verification");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} className="space-y-2">
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("resent", { email })} /> : null}
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("resend")}
      </Button>
    </form>
  );
}
