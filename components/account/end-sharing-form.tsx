"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { physioName: string; action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult> };

// Two steps: "End sharing", then a confirmation that says what happens.
export function EndSharingForm({ physioName, action }: Props) {
  const t = useTranslations("account.physio");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        {t("end")}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
        {t("endConfirm", { name: physioName })}
      </p>
      <FormMessage message={state && !state.ok ? te(state.error, state.params) : undefined} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending}>
          {t("endSubmit")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
