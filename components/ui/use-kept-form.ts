"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { useMessage } from "@/components/ui/use-message";
import type { FormAction } from "@/lib/http/action-result";

// A form whose fields keep what was typed when the server refuses it (React resets a form that
// posts through `action=`; submitting in a transition does not), with its messages translated.
// The pressed button's name and value go along (a decision form's approve/decline). With
// `resetOnSuccess` the form empties once the server has accepted it, so a saved note is not sent twice.
export function useKeptForm<T>(action: FormAction<T>, options: { resetOnSuccess?: boolean } = {}) {
  const te = useMessage();
  const [state, run, actionPending] = useActionState(action, undefined);
  const [transitionPending, startTransition] = useTransition();
  const submitted = useRef<HTMLFormElement | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = event.currentTarget;
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(form));
  };
  const resetOnSuccess = options.resetOnSuccess === true;
  useEffect(() => {
    if (resetOnSuccess && state?.ok) submitted.current?.reset();
  }, [state, resetOnSuccess]);
  const failed = state && !state.ok ? state : undefined;
  const error = failed ? te(failed.error, failed.params) : undefined;
  // A field of a nested schema ("intake.weeklyMinutes") marks the control named for its last part.
  const invalid = (name: string) => failed?.fields?.some((f) => f === name || f.endsWith(`.${name}`)) || undefined;
  return {
    state,
    // For the form's `action`: without JavaScript the browser posts the form to the server action itself.
    action: run,
    pending: actionPending || transitionPending,
    onSubmit,
    succeeded: state?.ok === true,
    invalid,
    fieldError: (name: string) => (invalid(name) ? error : undefined),
    formError: failed && !failed.fields?.length ? error : undefined,
    /** The refusal as one sentence, whichever fields it names. */
    error,
  };
}
