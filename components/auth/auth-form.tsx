"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useKeptForm } from "@/components/account/settings/use-kept-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
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

  return (
    <form action={form.action} onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {mode === "signup" ? (
        <input ref={timeZone} type="hidden" name="timeZone" defaultValue={DEFAULT_TIME_ZONE} />
      ) : null}
      <FormMessage message={form.formError} />
      {mode === "signup" ? (
        <Field label={t("name")} name="name" autoComplete="name" required maxLength={100} error={fieldError("name")} />
      ) : null}
      <Field
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        maxLength={254}
        error={fieldError("email")}
      />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete={mode === "signup" ? "new-password" : "current-password"}
        required
        minLength={mode === "signup" ? 10 : undefined}
        maxLength={128}
        hint={mode === "signup" ? ts("passwordHint") : undefined}
        error={fieldError("password")}
      />
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
