"use client";

import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/ui/account-fields";
import { FormMessage } from "@/components/ui/form-message";

type Props = { locale: string; label: string; submit: string; action: FormAction };

// One email field and a button: "forgot password".
export function EmailForm({ locale, label, submit, action }: Props) {
  const form = useKeptForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={form.formError} />
      <EmailField label={label} error={form.fieldError("email")} />
      <Button type="submit" pending={form.pending} className="w-full">
        {submit}
      </Button>
    </form>
  );
}
