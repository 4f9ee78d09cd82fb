"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { toLocale } from "@/lib/i18n/routing";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { endLinkAsRunner } from "@/lib/server/invite/end-link";

// The runner stops sharing with their physio; the physio's access ends with it.
export async function endSharingAction(_prev: ActionResult | undefined, _form: FormData): Promise<ActionResult> {
  if (!isForm(_form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    await endLinkAsRunner(getDb(), caller);
  });
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return result;
}

// Deleting removes the sessions with the user; the browser's cookies go too, then a confirmation.
export async function deleteAccountAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const locale = toLocale(form.get("locale"));
  const result = await runAction(async () => {
    const caller = await requireUser();
    await deleteAccount(getDb(), caller, {
      input: {
        confirm: typeof form.get("confirm") === "string" ? form.get("confirm") : "",
        password: typeof form.get("confirmPassword") === "string" ? form.get("confirmPassword") : "",
      },
    });
  });
  if (!result.ok) return result;
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.includes("better-auth")) jar.delete(cookie.name);
  redirect(`/${locale}/account/deleted`);
}
