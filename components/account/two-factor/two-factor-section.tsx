"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import { Button } from "@/components/ui/button";
import { CurrentPasswordField, OneTimeCodeField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { TwoFactorSetup } from "@/lib/server/account/two-factor";
import { QrCode } from "./qr-code";
import { card } from "@/components/ui/styles";

export type TwoFactorActions = { start: FormAction<TwoFactorSetup> };

/** Who is reading: a runner (offered), a physio awaiting approval (recommended), an approved physio (required). */
export type TwoFactorAudience = "runner" | "physio" | "physioRequired";
const leadKey = { runner: "leadRunner", physio: "lead", physioRequired: "leadPhysioRequired" } as const;

// Two-step sign-in: password → QR code, key and backup codes → a code from the app. An approved
// physio cannot turn it off (the server refuses too: lib/server/account/two-factor.ts).
export function TwoFactorSection({
  enabled,
  actions,
  audience,
}: {
  enabled: boolean;
  actions: TwoFactorActions;
  audience: TwoFactorAudience;
}) {
  const t = useTranslations("twoFactor");
  return (
    <section aria-labelledby="two-factor-title" className={`space-y-3 ${card}`}>
      <h2 id="two-factor-title" className="text-xl font-bold text-brand-900">
        {t("title")}
      </h2>
      <p>{t(leadKey[audience])}</p>
      <p className="font-semibold" data-testid="two-factor-status">
        {enabled ? t("statusOn") : t("statusOff")}
      </p>
      {enabled ? audience === "physioRequired" ? null : <TurnOff /> : <TurnOn start={actions.start} />}
    </section>
  );
}

function TurnOn({ start }: { start: FormAction<TwoFactorSetup> }) {
  const t = useTranslations("twoFactor");
  const form = useKeptForm(start);
  const setup = form.state?.ok ? form.state.data : undefined;
  if (setup) return <Confirm setup={setup} />;
  return (
    <form action={form.action} onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <FormMessage message={form.formError} />
      <CurrentPasswordField label={t("password")} name="password" error={form.fieldError("password")} />
      <Button type="submit" pending={form.pending}>
        {form.pending ? t("working") : t("turnOn")}
      </Button>
    </form>
  );
}

// Confirming and turning off go through /api/account/two-factor: better-auth gives the account a new
// session cookie there, and the page is then read again with it.
function useTwoFactorStep() {
  const te = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ message: string; field?: string }>();
  const send = (body: Record<string, string>) =>
    startTransition(async () => {
      setFailure(undefined);
      try {
        const response = await fetch("/api/account/two-factor", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        if (response.ok) return router.refresh();
        const { error } = (await response.json()) as {
          error: { messageKey: string; details?: Record<string, string | number> };
        };
        setFailure({
          message: te(error.messageKey, error.details),
          field: typeof error.details?.field === "string" ? error.details.field : undefined,
        });
      } catch {
        setFailure({ message: te("errors.unexpected") });
      }
    });
  return {
    pending,
    send,
    fieldError: (name: string) => (failure?.field === name ? failure.message : undefined),
    formError: failure && !failure.field ? failure.message : undefined,
  };
}

function Confirm({ setup }: { setup: TwoFactorSetup }) {
  const t = useTranslations("twoFactor");
  const form = useTwoFactorStep();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.send({ step: "confirm", code: String(new FormData(event.currentTarget).get("code") ?? "") });
  };
  const heading = useRef<HTMLParagraphElement>(null);
  // The screen changed under the button just pressed: take keyboard and screen reader to the next step.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-3">
      <p ref={heading} tabIndex={-1} className="outline-none">
        {t("scan")}
      </p>
      <QrCode rows={setup.qr} label={t("qrLabel")} />
      <p>
        <span className="font-semibold">{t("key")}: </span>
        <code data-testid="two-factor-key" className="font-mono text-lg break-all">
          {setup.key}
        </code>
      </p>
      <p>
        <a href={setup.uri} className="font-semibold text-brand-700 underline">
          {t("openApp")}
        </a>
      </p>
      <h3 className="text-lg font-bold text-brand-900">{t("backupTitle")}</h3>
      <p>{t("backupLead")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono" data-testid="backup-codes">
        {setup.backupCodes.map((code) => (
          <li key={code} className="rounded bg-brand-50 px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ul>
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <FormMessage message={form.formError} />
        <OneTimeCodeField label={t("code")} error={form.fieldError("code")} />
        <Button type="submit" pending={form.pending}>
          {form.pending ? t("working") : t("confirm")}
        </Button>
      </form>
    </div>
  );
}

function TurnOff() {
  const t = useTranslations("twoFactor");
  const form = useTwoFactorStep();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.send({ step: "disable", password: String(new FormData(event.currentTarget).get("password") ?? "") });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage message={form.formError} />
      <CurrentPasswordField
        label={t("password")}
        name="password"
        hint={t("turnOffHint")}
        error={form.fieldError("password")}
      />
      <Button type="submit" variant="secondary" pending={form.pending}>
        {form.pending ? t("working") : t("turnOff")}
      </Button>
    </form>
  );
}
