"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { clearDeviceData } from "@/lib/client/offline/clear-device";
import { listQueued } from "@/lib/client/offline/check-in-queue";
import { primaryButtonLink } from "@/components/ui/styles";

// Sign out, clearing what this device kept (pages for offline use, unsent check-ins). Unsent
// check-ins are never deleted silently: the page says so before the runner confirms.
export function SignOutForm({
  action,
  locale,
  label,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  locale: string;
  label: string;
  children?: ReactNode;
}) {
  const t = useTranslations("offline");
  const [unsent, setUnsent] = useState(0);
  useEffect(() => {
    listQueued().then(
      (items) => setUnsent(items.length),
      () => setUnsent(0),
    );
  }, []);
  async function signOut(form: FormData) {
    await clearDeviceData();
    await action(form);
  }
  return (
    <form action={signOut} className="space-y-4">
      {unsent > 0 ? (
        <p role="alert" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3 font-semibold">
          {t("signOutWithPending", { count: unsent })}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonLink}>
          {label}
        </button>
        {children}
      </div>
    </form>
  );
}
