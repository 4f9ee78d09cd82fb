"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { todayOf } from "@/lib/http/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { changeTrainingDays } from "@/lib/server/plan/change-training-days";
import { changeEmail, changePassword, resendVerification } from "@/lib/server/account/credentials";
import { signOutEverywhere } from "@/lib/server/account/devices";
import { updateRegistration } from "@/lib/server/physio/registration";
import { updateProfile } from "@/lib/server/account/update-profile";

const text = (form: FormData, name: string) =>
  typeof form.get(name) === "string" ? String(form.get(name)) : undefined;

export async function updateProfileAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser();
    const profile = await updateProfile(getDb(), caller, {
      name: text(form, "name"),
      locale: text(form, "locale"),
      timeZone: text(form, "timeZone"),
    });
    return profile.locale;
  });
  if (!result.ok) return result;
  // A new language: the account page again, in that language.
  revalidatePath("/[locale]", "layout");
  redirect(`/${result.data}/account?saved=profile`);
}

export async function changeTrainingDaysAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    await changeTrainingDays(getDb(), caller, {
      input: { trainingDays: form.getAll("trainingDays") },
      today: await todayOf(caller),
    });
  });
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return result;
}

export async function changeEmailAction(
  _prev: ActionResult<string> | undefined,
  form: FormData,
): Promise<ActionResult<string>> {
  if (!isForm(form)) return notAForm;
  return runAction(async () =>
    changeEmail(
      await requireUser(),
      { email: text(form, "email"), current: text(form, "emailPassword") },
      await headers(),
    ),
  );
}

export async function changePasswordAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    await requireUser();
    await changePassword({ current: text(form, "current"), password: text(form, "password") }, await headers());
  });
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return result;
}

export async function resendVerificationAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runAction(async () => resendVerification(await requireUser(), await headers()));
}

export async function signOutEverywhereAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser();
    await signOutEverywhere(getDb(), caller);
    return caller.locale;
  });
  if (!result.ok) return result;
  redirect(`/${result.data}/signin`);
}

export async function updateRegistrationAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () =>
    updateRegistration(getDb(), await requireUser("physio"), {
      bigNumber: form.get("bigNumber"),
      practice: form.get("practice"),
    }),
  );
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return result;
}
