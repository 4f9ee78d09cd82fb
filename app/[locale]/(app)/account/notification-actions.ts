"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { savePreferences } from "@/lib/server/notification/preferences";
import { deletePushSubscription, savePushSubscription } from "@/lib/push/subscriptions";

const text = (form: FormData, name: string) =>
  typeof form.get(name) === "string" ? String(form.get(name)) : undefined;

export async function saveNotificationPreferencesAction(
  _prev: ActionResult | undefined,
  form: FormData,
): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser();
    await savePreferences(getDb(), caller, {
      reminderTime: text(form, "reminderTime"),
      reminderChannels: text(form, "reminderChannels"),
      alertChannels: text(form, "alertChannels"),
      digestEnabled: form.get("digestEnabled") === "on",
      digestTime: text(form, "digestTime"),
      calendarAlarm: form.get("calendarAlarm") === "on",
    });
  });
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return result;
}

export async function savePushSubscriptionAction(subscription: unknown): Promise<ActionResult> {
  return runAction(async () => savePushSubscription(getDb(), await requireUser(), subscription));
}

export async function deletePushSubscriptionAction(endpoint: unknown): Promise<ActionResult> {
  return runAction(async () => deletePushSubscription(getDb(), await requireUser(), endpoint));
}
