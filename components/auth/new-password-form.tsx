"use client";

import { useTranslations } from "next-intl";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";

// The reset link's form: the token travels in a hidden field, never in a log line or a URL we store.
export function NewPasswordForm({ locale, token, action }: { locale: string; token: string; action: FormAction }) {
  const t = useTranslations("settings");
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage message={form.formError} />
      <NewPasswordField
        label={t("reset.password")}
        name="password"
        hint={t("passwordHint")}
        error={form.fieldError("password")}
      />
      <Button type="submit" pending={form.pending} className="w-full">
        {t("reset.submit")}
      </Button>
    </form>
  );
}
