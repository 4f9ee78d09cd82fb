"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { toLocale } from "@/lib/i18n/routing";
import { signUpPhysio } from "@/lib/server/physio/sign-up";

// The role comes from this flow, never from the form: the service sets it server-side.
export async function physioSignUpAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const { name, email, password, timeZone, bigNumber, practice } = Object.fromEntries(form);
  const result = await runAction(async () => {
    await signUpPhysio(getDb(), { name, email, password, timeZone, locale, bigNumber, practice }, await headers());
  });
  // The same answer for a new and a taken address, as for runners.
  if (result.ok) redirect(`/${locale}/check-email?for=signup`);
  return result;
}
