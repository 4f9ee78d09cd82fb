"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor, type TwoFactorSetup } from "@/lib/services/two-factor";

// Two-step sign-in for physios (lib/services/two-factor.ts checks the role itself).
export async function startTwoFactorAction(_prev: ActionResult<TwoFactorSetup> | undefined, form: FormData): Promise<ActionResult<TwoFactorSetup>> {
  if (!isForm(form)) return notAForm;
  return runAction(async () => startTwoFactor(await requireUser("physio"), { password: form.get("password") }, await headers()));
}

export async function confirmTwoFactorAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  // better-auth replaces the session on this step: the browser refreshes the page with the new cookie.
  return runAction(async () => confirmTwoFactor(await requireUser("physio"), { code: form.get("code") }, await headers()));
}

export async function disableTwoFactorAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runAction(async () => disableTwoFactor(await requireUser("physio"), { password: form.get("password") }, await headers()));
}
