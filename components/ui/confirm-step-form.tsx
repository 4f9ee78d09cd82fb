"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

type Props = {
  action: FormAction;
  /** The first button; a second step then says what will happen before anything does. */
  start: string;
  confirm: string;
  submit: string;
  cancel: string;
  /** Hidden fields the action reads (the plan id, the locale). */
  fields?: Record<string, string>;
};

// Two steps for what cannot be undone with one tap: the button, then a confirmation that says what happens.
export function ConfirmStepForm({ action, start, confirm, submit, cancel, fields = {} }: Props) {
  const message = useMessage();
  const [state, formAction, pending] = useActionState(action, undefined);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        {start}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
        {confirm}
      </p>
      <FormMessage message={state && !state.ok ? message(state.error, state.params) : undefined} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending}>
          {submit}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          {cancel}
        </Button>
      </div>
    </form>
  );
}
