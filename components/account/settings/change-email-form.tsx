"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CurrentPasswordField, EmailField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// The current password too: a session alone must not be enough to move the account to another address.
export function ChangeEmailForm({ action }: { action: FormAction<string> }) {
  const t = useTranslations("settings.email");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.state?.ok ? <FormMessage tone="success" message={t("sent", { email: form.state.data })} /> : null}
      <EmailField label={t("new")} error={form.fieldError("email")} />
      <CurrentPasswordField label={t("current")} name="emailPassword" error={form.fieldError("emailPassword")} />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
