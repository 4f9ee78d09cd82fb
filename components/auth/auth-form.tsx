"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  mode: "signin" | "signup";
  locale: string;
  next?: string;
  action: (prev: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
};

export function AuthForm({ mode, locale, next, action }: Props) {
  const t = useTranslations("auth");
  const te = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  // The runner's calendar day follows their own time zone, read from the browser.
  const timeZone = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (timeZone.current) timeZone.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  const failed = state && !state.ok ? state : undefined;
  const fieldError = (name: string) => (failed?.fields?.includes(name) ? te(failed.error, failed.params) : undefined);
  const formError = failed && !failed.fields?.length ? te(failed.error, failed.params) : undefined;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {mode === "signup" ? <input ref={timeZone} type="hidden" name="timeZone" defaultValue="Europe/Amsterdam" /> : null}
      <FormMessage message={formError} />
      {mode === "signup" ? <Field label={t("name")} name="name" autoComplete="name" required maxLength={100} error={fieldError("name")} /> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" inputMode="email" required maxLength={254} error={fieldError("email")} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete={mode === "signup" ? "new-password" : "current-password"}
        required
        minLength={mode === "signup" ? 8 : undefined}
        maxLength={128}
        hint={mode === "signup" ? t("passwordHint") : undefined}
        error={fieldError("password")}
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("working") : mode === "signup" ? t("signUpSubmit") : t("signInSubmit")}
      </Button>
    </form>
  );
}
