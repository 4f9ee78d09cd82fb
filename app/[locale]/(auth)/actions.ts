"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { type Locale, toLocale } from "@/lib/i18n/routing";
import { requestPasswordReset, resetPassword } from "@/lib/server/account/credentials";
import { signIn, signUp } from "@/lib/server/account/sign-up";
import { verifySignInCode } from "@/lib/server/account/two-factor";

// Only a path inside this app, never another origin.
function safeNext(value: FormDataEntryValue | null, locale: Locale): string {
  const next = typeof value === "string" ? value : "";
  return /^\/(en|nl)(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) ? next : `/${locale}/today`;
}

export async function signUpAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => {
    await signUp(getDb(), Object.fromEntries(form), await headers());
  });
  // The same answer for a new and a taken address (lib/server/account/sign-up.ts).
  if (result.ok) redirect(`/${locale}/check-email?for=signup`);
  return result;
}

export async function signInAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => signIn(Object.fromEntries(form), await headers()));
  if (!result.ok) return result;
  const next = safeNext(form.get("next"), locale);
  if (result.data.twoFactor) redirect(`/${locale}/signin/two-factor?next=${encodeURIComponent(next)}`);
  redirect(next);
}

// The second step of a sign-in with two-step verification on: a code from the app or a backup code.
export async function twoFactorSignInAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () =>
    verifySignInCode({ code: form.get("code"), kind: form.get("kind") }, await headers()),
  );
  if (result.ok) redirect(safeNext(form.get("next"), locale));
  return result;
}

export async function signOutAction(form: FormData): Promise<void> {
  if (!isForm(form)) return;
  const locale = toLocale(form.get("locale"));
  await getAuth()
    .api.signOut({ headers: await headers() })
    .catch(() => undefined);
  redirect(`/${locale}`);
}

// Always "check your email", whether or not the address has an account.
export async function forgotPasswordAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () =>
    requestPasswordReset({ email: form.get("email"), locale }, await headers()),
  );
  if (result.ok) redirect(`/${locale}/check-email?for=reset`);
  return result;
}

export async function resetPasswordAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () =>
    resetPassword({ token: form.get("token"), password: form.get("password") }),
  );
  if (result.ok) redirect(`/${locale}/signin?reset=1`);
  return result;
}
