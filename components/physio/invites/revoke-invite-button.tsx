"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  inviteId: string;
  code: string;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

export function RevokeInviteButton({ inviteId, code, action }: Props) {
  const t = useTranslations("invite.list");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <input type="hidden" name="inviteId" value={inviteId} />
      <Button type="submit" variant="secondary" pending={pending} aria-label={t("revokeLabel", { code })}>
        {t("revoke")}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {te(state.error, state.params)}
        </p>
      ) : null}
    </form>
  );
}
