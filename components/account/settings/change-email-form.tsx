"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

export function ChangeEmailForm({ action }: { action: FormAction<string> }) {
  const t = useTranslations("settings.email");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.state?.ok ? <FormMessage tone="success" message={t("sent", { email: form.state.data })} /> : null}
      <EmailField label={t("new")} error={form.fieldError("email")} />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
