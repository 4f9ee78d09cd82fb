"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  code: string;
  locale: string;
  physioName: string;
  // The physio the runner shares with now, when it is someone else: accepting ends that link.
  currentPhysioName: string | null;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

export function AcceptInviteForm({ code, locale, physioName, currentPhysioName, action }: Props) {
  const t = useTranslations("invite.accept");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      {currentPhysioName ? <input type="hidden" name="switchPhysio" value="yes" /> : null}
      <FormMessage message={state && !state.ok ? te(state.error, state.params) : undefined} />
      {currentPhysioName ? (
        <p className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t("switchWarning", { current: currentPhysioName, name: physioName })}
        </p>
      ) : null}
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        {currentPhysioName ? t("switchSubmit", { name: physioName }) : t("submit", { name: physioName })}
      </Button>
    </form>
  );
}
