"use client";

import { useTranslations } from "next-intl";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { OneTimeCodeField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";

// The second step of a sign-in: a 6-digit code from the authenticator app, or a one-time backup code.
export function TwoFactorForm({
  locale,
  next,
  kind,
  action,
}: {
  locale: string;
  next?: string;
  kind: "app" | "backup";
  action: FormAction;
}) {
  const t = useTranslations("twoFactor");
  const form = useKeptForm(action);
  const isBackup = kind === "backup";
  return (
    <form action={form.action} onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage message={form.formError} />
      {isBackup ? (
        <Field
          label={t("signIn.backupCode")}
          name="code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          error={form.fieldError("code")}
        />
      ) : (
        <OneTimeCodeField label={t("code")} autoFocus error={form.fieldError("code")} />
      )}
      <Button type="submit" pending={form.pending} className="w-full">
        {form.pending ? t("working") : t("signIn.submit")}
      </Button>
    </form>
  );
}
