"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { locale: string; action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult> };

// A code from the physio, typed in any case, with or without the dash; the invite page explains next.
export function EnterCodeForm({ locale, action }: Props) {
  const t = useTranslations("account.physio");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-3">
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
        error={state && !state.ok ? te(state.error, state.params) : undefined}
        className="w-full max-w-xs"
      />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("codeSubmit")}
      </Button>
    </form>
  );
}
