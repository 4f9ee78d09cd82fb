"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { isForm } from "@/lib/http/action-result";
import { optOut } from "@/lib/mail/unsubscribe";
import { toLocale } from "@/lib/i18n/routing";

// Works signed out: the signed token in the link is the permission.
export async function unsubscribeAction(form: FormData): Promise<void> {
  if (!isForm(form)) return;
  const locale = toLocale(form.get("locale"));
  const token = typeof form.get("token") === "string" ? String(form.get("token")).slice(0, 512) : "";
  const done = await optOut(getDb(), token);
  redirect(`/${locale}/unsubscribe?${done ? "done=1&" : ""}token=${encodeURIComponent(token)}`);
}
