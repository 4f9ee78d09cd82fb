"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { recordRunnerClearance } from "@/lib/server/check-in/record-self-clearance";

export async function clearanceAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    const input = {
      confirmed: form.get("confirmed") === "on",
      clinician: String(form.get("clinician") ?? "") || undefined,
    };
    await recordRunnerClearance(getDb(), caller, { planId: String(form.get("planId") ?? ""), input });
  });
  if (result.ok) revalidatePath("/[locale]/today", "page");
  return result;
}
