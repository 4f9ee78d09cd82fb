"use server";

import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { undoAccountChange } from "@/lib/server/account/undo-change";

// The undo link's form: whoever holds the emailed token may undo (there is no session to check: the
// account may already be in someone else's hands). The service checks the token.
export async function undoAccountChangeAction(
  _prev: ActionResult<string> | undefined,
  form: FormData,
): Promise<ActionResult<string>> {
  if (!isForm(form)) return notAForm;
  return runAction(async () => (await undoAccountChange(getDb(), { token: form.get("token") }, await headers())).email);
}
