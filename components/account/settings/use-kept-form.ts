"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

// A form whose fields keep what was typed when the server refuses it (React resets a form that
// posts through `action=`; submitting in a transition does not), with its messages translated.
export function useKeptForm<T>(action: FormAction<T>) {
  const te = useMessage();
  const [state, run, actionPending] = useActionState(action, undefined);
  const [transitionPending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => run(form));
  };
  const failed = state && !state.ok ? state : undefined;
  return {
    state,
    // For the form's `action`: without JavaScript the browser posts the form to the server action itself.
    action: run,
    pending: actionPending || transitionPending,
    onSubmit,
    succeeded: state?.ok === true,
    fieldError: (name: string) => (failed?.fields?.includes(name) ? te(failed.error, failed.params) : undefined),
    formError: failed && !failed.fields?.length ? te(failed.error, failed.params) : undefined,
  };
}
