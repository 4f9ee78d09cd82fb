"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

// Opening the link changes nothing (mail scanners open links): the button does.
export function UndoChangeForm({ token, action }: { token: string; action: FormAction<string> }) {
  const t = useTranslations("auth.undo");
  const form = useKeptForm(action);
  if (form.state?.ok) return <FormMessage tone="success" message={t("done", { email: form.state.data })} />;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage message={form.formError} />
      <Button type="submit" variant="danger" pending={form.pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
