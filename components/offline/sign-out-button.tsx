"use client";

import { useTranslations } from "next-intl";
import { clearDeviceData } from "@/lib/offline/clear-device";
import { listQueued } from "@/lib/offline/check-in-queue";

// Sign out, clearing what this device kept; unsent check-ins are never deleted without asking.
export function SignOutButton({ action, locale, label }: { action: (form: FormData) => Promise<void>; locale: string; label: string }) {
  const t = useTranslations("offline");
  async function signOut(form: FormData) {
    const waiting = await listQueued().catch(() => []);
    if (waiting.length > 0 && !window.confirm(t("signOutWithPending", { count: waiting.length }))) return;
    await clearDeviceData();
    await action(form);
  }
  return (
    <form action={signOut}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="flex min-h-14 w-full items-center justify-center px-1 font-medium text-muted hover:text-brand-900">
        {label}
      </button>
    </form>
  );
}
