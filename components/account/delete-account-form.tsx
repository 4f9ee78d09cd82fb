"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  locale: string;
  word: string;
  isPhysio: boolean;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

// Deleting cannot be undone, so it takes two steps and a typed confirmation (the email or the word).
export function DeleteAccountForm({ locale, word, isPhysio, action }: Props) {
  const t = useTranslations("account.delete");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" variant="danger" onClick={() => setOpen(true)}>
        {t("start")}
      </Button>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-3">
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
        error={state && !state.ok ? te(state.error, { word }) : undefined}
        className="max-w-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending}>
          {t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
