"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isForm, notAForm, runAction, type ActionResult } from "@/lib/http/action-result";
import { sendMessage } from "@/lib/server/messaging/messages";

// Either participant sends; the action checks who is calling, the service checks the link to the plan.
export async function sendMessageAction(
  _prev: ActionResult<{ id: string }> | undefined,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser();
    return sendMessage(getDb(), caller, {
      planId: String(form.get("planId") ?? ""),
      input: { body: String(form.get("body") ?? "") },
    });
  });
  if (result.ok) revalidatePath("/[locale]/messages", "layout");
  return result;
}
