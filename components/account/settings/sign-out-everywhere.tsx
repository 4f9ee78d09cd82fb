"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// Asks first: this signs out this device too.
export function SignOutEverywhere({ locale, action }: { locale: string; action: FormAction }) {
  const t = useTranslations("settings.devices");
  const [asking, setAsking] = useState(false);
  const form = useKeptForm(action);
  if (!asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        {t("signOutAll")}
      </Button>
    );
  }
  return (
    <form onSubmit={form.onSubmit} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={form.formError} />
      <p role="alert" className="font-medium">
        {t("confirm")}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={form.pending}>
          {t("confirmSubmit")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
