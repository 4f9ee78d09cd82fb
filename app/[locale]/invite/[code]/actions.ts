"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { todayOf } from "@/lib/http/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { toLocale } from "@/lib/i18n/routing";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { normalizeInviteCode } from "@/lib/server/invite/invites";
import { signUp } from "@/lib/server/account/sign-up";
import { clientIpOf } from "@/lib/security/client-address";
import { assertInviteGuessesLeft, countInviteMiss } from "@/lib/security/invite-guard";

const codeOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.slice(0, 40) : "");

// Accept: the service checks the caller is a runner and the code is open; the plan then follows.
export async function acceptInviteAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    // The accept action takes any code too: wrong ones count like on the invite page.
    const source = { ip: clientIpOf(await headers()), userId: caller.id };
    await assertInviteGuessesLeft(getDb(), source);
    try {
      return await acceptInvite(getDb(), caller, {
        code: codeOf(form.get("code")),
        today: await todayOf(caller),
        switchPhysio: form.get("switchPhysio") === "yes",
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") await countInviteMiss(getDb(), source);
      throw error;
    }
  });
  if (!result.ok) return result;
  redirect(result.data.createdPlan ? `/${locale}/plan` : `/${locale}/account?shared=1`);
}

// A new runner signs up on the invite page and comes straight back to it (not to onboarding).
export async function inviteSignUpAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const code = normalizeInviteCode(
    typeof form.get("next") === "string" ? String(form.get("next")).split("/").at(-1)! : "",
  );
  // The verification link signs the new runner in and brings them back to this invite.
  const back = code ? `/${locale}/invite/${code}` : `/${locale}/onboarding`;
  const result = await runAction(async () => {
    await signUp(getDb(), Object.fromEntries(form), await headers(), { callbackPath: back });
  });
  if (result.ok) redirect(`/${locale}/check-email?for=signup&next=${encodeURIComponent(back)}`);
  return result;
}

// The code typed on the account page: to the invite page, which explains before anything happens.
export async function enterCodeAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    await assertInviteGuessesLeft(getDb(), { ip: clientIpOf(await headers()), userId: caller.id });
    const code = normalizeInviteCode(codeOf(form.get("code")));
    if (!code) throw new AppError("INVALID_INPUT", "invite.errors.codeFormat", { field: "code" });
    return code;
  });
  if (!result.ok) return result;
  redirect(`/${locale}/invite/${result.data}`);
}
