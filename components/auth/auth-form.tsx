"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CurrentPasswordField, EmailField, NewPasswordField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/http/action-result";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

type Props = {
  mode: "signin" | "signup";
  locale: string;
  next?: string;
  // A physio's sign-up also asks for the BIG number and the practice.
  physio?: boolean;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

export function AuthForm({ mode, locale, next, physio, action }: Props) {
  const t = useTranslations("auth");
  const ts = useTranslations("settings");
  const form = useKeptForm(action);
  // The runner's calendar day follows their own time zone, read from the browser.
  const timeZone = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (timeZone.current) timeZone.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  const fieldError = form.fieldError;
  // A refusal that names fields: each is marked with its message, the summary names them, and focus goes
  // to the first, so a keyboard or screen-reader user lands where the fix is.
  const format = useFormatter();
  const labels: Record<string, string> = {
    name: t("name"),
    email: t("email"),
    password: t("password"),
    bigNumber: ts("registration.big"),
    practice: ts("registration.practice"),
  };
  const atFault = Object.keys(labels).filter((name) => fieldError(name));
  const summary =
    atFault.length > 0
      ? t("fixFields", { count: atFault.length, fields: format.list(atFault.map((name) => labels[name]!)) })
      : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (form.state && !form.state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.state]);

  return (
    <form ref={formRef} action={form.action} onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {mode === "signup" ? (
        <input ref={timeZone} type="hidden" name="timeZone" defaultValue={DEFAULT_TIME_ZONE} />
      ) : null}
      <FormMessage message={form.formError ?? summary} />
      {mode === "signup" ? (
        <Field label={t("name")} name="name" autoComplete="name" required maxLength={100} error={fieldError("name")} />
      ) : null}
      <EmailField label={t("email")} error={fieldError("email")} />
      {mode === "signup" ? (
        <NewPasswordField
          label={t("password")}
          name="password"
          hint={ts(physio ? "passwordHintPhysio" : "passwordHint")}
          error={fieldError("password")}
        />
      ) : (
        <CurrentPasswordField label={t("password")} name="password" error={fieldError("password")} />
      )}
      {physio ? (
        <>
          <Field
            label={ts("registration.big")}
            name="bigNumber"
            inputMode="numeric"
            autoComplete="off"
            required
            maxLength={20}
            hint={ts("registration.bigHint")}
            error={fieldError("bigNumber")}
          />
          <Field
            label={ts("registration.practice")}
            name="practice"
            autoComplete="organization"
            required
            maxLength={120}
            hint={ts("registration.practiceHint")}
            error={fieldError("practice")}
          />
        </>
      ) : null}
      <Button type="submit" pending={form.pending} className="w-full">
        {form.pending ? t("working") : mode === "signup" ? t("signUpSubmit") : t("signInSubmit")}
      </Button>
    </form>
  );
}
