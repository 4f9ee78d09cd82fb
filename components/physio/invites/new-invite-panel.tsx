"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { useEffect, useId, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { ReadOnlyUrl } from "@/components/ui/read-only-url";

type Props = { code: string; url: string; expiresAt: string; patientName?: string | null; emailedTo?: string | null };

// The invite just made: the link to send and the code to read out or write down.
export function NewInvitePanel({ code, url, expiresAt, patientName, emailedTo }: Props) {
  const t = useTranslations("invite.created");
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const format = useRegionalFormatter();
  // Shown only after the physio made an invite (never server-rendered): in the browser's own zone.
  const until = format.dateTime(new Date(expiresAt), "instantWeekday", {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="space-y-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4"
    >
      <h2
        id={`${inputId}-title`}
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold text-brand-900 focus:outline-none"
      >
        {t("title")}
      </h2>
      {patientName ? <p className="font-semibold break-words">{patientName}</p> : null}
      <p>{t("lead", { until })}</p>
      {emailedTo ? (
        <p role="status" className="font-semibold break-words text-brand-900">
          {t("emailed", { email: emailedTo })}
        </p>
      ) : null}
      <p>
        <span className="block text-sm font-semibold text-muted">{t("codeLabel")}</span>
        <span data-testid="invite-code" className="font-mono text-3xl font-bold tracking-widest text-brand-900">
          {code}
        </span>
      </p>
      <ReadOnlyUrl id={inputId} label={t("linkLabel")} url={url} />
      <CopyButton value={url} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
    </section>
  );
}
