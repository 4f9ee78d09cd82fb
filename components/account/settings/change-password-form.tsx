"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CurrentPasswordField, NewPasswordField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("settings");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("password.changed")} /> : null}
      <CurrentPasswordField
        label={t("password.current")}
        name="current"
        id="field-current-password"
        error={form.fieldError("current")}
      />
      <NewPasswordField
        label={t("password.new")}
        name="password"
        id="field-new-password"
        hint={t("passwordHint")}
        error={form.fieldError("password")}
      />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {t("password.submit")}
      </Button>
    </form>
  );
}
