"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { CalendarLinkChange } from "@/lib/server/calendar/token";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";
import { ReadOnlyUrl } from "@/components/ui/read-only-url";
import { CopyButton } from "@/components/ui/copy-button";

type Props = {
  planId: string;
  /** http(s)://host of this request: the feed URL is built from it. */
  origin: string;
  initialToken: string | null;
  action: (form: FormData) => Promise<ActionResult<CalendarLinkChange>>;
};

type State = { token: string | null; result?: ActionResult<CalendarLinkChange> };

export function SubscriptionPanel({ planId, origin, initialToken, action }: Props) {
  const t = useTranslations("calendar");
  const te = useMessage();
  const inputId = useId();
  const hintId = useId();
  const [state, formAction, pending] = useActionState<State, FormData>(
    async (previous, form) => {
      const result = await action(form);
      return { token: result.ok ? result.data.token : previous.token, result };
    },
    { token: initialToken },
  );
  const url = state.token ? `${origin}/api/calendar/${state.token}` : null;
  const webcal = url?.replace(/^https?:\/\//, "webcal://");
  const result = state.result;
  const done = result?.ok
    ? { created: t("created"), rotated: t("rotated"), revoked: t("revokedDone") }[result.data.change]
    : undefined;

  return (
    <div className="mt-3 space-y-3">
      <FormMessage message={result && !result.ok ? te(result.error, result.params) : undefined} />
      <FormMessage tone="success" message={done} />
      {url ? (
        <>
          <ReadOnlyUrl id={inputId} label={t("urlLabel")} url={url} className="bg-slate-50" />
          <CopyButton key={url} value={url} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
          <div>
            <a
              href={webcal}
              className="inline-flex min-h-12 items-center justify-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-900 hover:bg-brand-50"
            >
              {t("openInApp")}
            </a>
          </div>
        </>
      ) : (
        <p>{t("noLink")}</p>
      )}
      <form action={formAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="planId" value={planId} />
        <Button
          type="submit"
          name="intent"
          value="create"
          variant={url ? "secondary" : "primary"}
          pending={pending}
          aria-describedby={url ? hintId : undefined}
        >
          {url ? t("rotate") : t("create")}
        </Button>
        {url ? (
          <Button type="submit" name="intent" value="revoke" variant="danger" pending={pending}>
            {t("revoke")}
          </Button>
        ) : null}
      </form>
      {url ? (
        <p id={hintId} className="text-sm text-muted">
          {t("rotateHint")}
        </p>
      ) : null}
    </div>
  );
}
