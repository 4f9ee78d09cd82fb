"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CurrentPasswordField } from "@/components/ui/account-fields";
import { Field } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  locale: string;
  word: string;
  isPhysio: boolean;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

// Deleting cannot be undone, so it takes two steps, a typed confirmation (the email or the word) and
// the current password.
export function DeleteAccountForm({ locale, word, isPhysio, action }: Props) {
  const t = useTranslations("account.delete");
  const te = useMessage();
  const form = useKeptForm(action);
  const [open, setOpen] = useState(false);
  // What was typed stays when a refusal comes back (a wrong password need not cost the typed word).
  const failed = form.state && !form.state.ok ? form.state : undefined;
  if (!open) {
    return (
      <Button type="button" variant="danger" onClick={() => setOpen(true)}>
        {t("start")}
      </Button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <div className="rounded-lg bg-red-50 p-3 text-red-900">
        <p className="font-semibold">{t("warning")}</p>
        <p className="mt-1">{isPhysio ? t("physioNote") : t("runnerNote")}</p>
      </div>
      <Field
        label={t("confirmLabel", { word })}
        hint={t("confirmHint")}
        name="confirm"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={254}
        required
        error={failed && !failed.fields?.includes("confirmPassword") ? te(failed.error, { word }) : undefined}
        className="max-w-sm"
      />
      <CurrentPasswordField
        label={t("password")}
        name="confirmPassword"
        error={failed?.fields?.includes("confirmPassword") ? te(failed.error) : undefined}
        className="max-w-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={form.pending}>
          {t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={form.pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
