"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { userFormAction, type FormResult } from "@/lib/http/form-action";
import { MessageSchema } from "@/lib/forms/schemas/message";
import { sendMessage } from "@/lib/server/messaging/messages";

// Either participant sends; the action checks who is calling, the service checks the link to the plan.
// A sent message empties the form.
export async function sendMessageAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  const planId = form instanceof FormData ? String(form.get("planId") ?? "") : "";
  const result = await userFormAction(
    form,
    MessageSchema,
    (caller, input) => sendMessage(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
  if (result.status === "success") revalidatePath("/[locale]/messages", "layout");
  return result;
}
