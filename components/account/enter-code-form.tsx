"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { locale: string; action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult> };

// A code from the physio, typed in any case, with or without the dash; the invite page explains next.
export function EnterCodeForm({ locale, action }: Props) {
  const t = useTranslations("account.physio");
  // A refused code stays in the field, to be corrected rather than typed again.
  const { action: formAction, onSubmit, pending, error } = useKeptForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="locale" value={locale} />
      <Field
        label={t("codeLabel")}
        hint={t("codeHint")}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        required
        error={error}
        className="w-full max-w-xs"
      />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("codeSubmit")}
      </Button>
    </form>
  );
}
