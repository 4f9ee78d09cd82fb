"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { startTwoFactor, type TwoFactorSetup } from "@/lib/server/account/two-factor";

// Two-step sign-in, step 1 (any signed-in account; lib/server/account/two-factor.ts); confirming
// and turning off are POST /api/account/two-factor (the session cookie changes there).
export async function startTwoFactorAction(
  _prev: ActionResult<TwoFactorSetup> | undefined,
  form: FormData,
): Promise<ActionResult<TwoFactorSetup>> {
  if (!isForm(form)) return notAForm;
  return runAction(async () =>
    startTwoFactor(await requireUser(), { password: form.get("password") }, await headers()),
  );
}
