"use client";

import { useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { useActionState, useTransition } from "react";
import type { z } from "zod";
import { useMessage } from "@/components/ui/use-message";
import { decodeMessage } from "@/lib/forms/message";
import { parseForm } from "@/lib/forms/parse";
import type { SchemaFormAction } from "@/lib/http/form-action";

// A Conform form on the schema its server action parses: checked in the browser when a field is left
// (the same schema, so the same messages), sent in a transition so React does not empty a refused form
// (the submitted values come back in the answer and are shown again, also without JavaScript, when
// the browser posts the form itself), the pressed button's name and value included. Errors are message
// keys; `message` translates them.
export function useSchemaForm<S extends z.ZodObject>(
  action: SchemaFormAction,
  schema: S,
  options: { id?: string; defaultValue?: Record<string, unknown> } = {},
) {
  const te = useMessage();
  const [lastResult, run, actionPending] = useActionState(action, undefined);
  const [transitionPending, startTransition] = useTransition();
  const [form, fields] = useForm<z.input<S>, z.output<S>>({
    id: options.id,
    lastResult,
    defaultValue: options.defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, schema),
    onSubmit(event, { formData }) {
      event.preventDefault();
      startTransition(() => run(formData));
    },
  });
  /** The first of a field's (or the form's) errors, in the user's language. */
  const message = (errors: string[] | undefined) => {
    const first = errors?.[0];
    if (!first) return undefined;
    const { key, params } = decodeMessage(first);
    return te(key, params);
  };
  return {
    form,
    fields,
    action: run,
    pending: actionPending || transitionPending,
    succeeded: lastResult?.status === "success",
    message,
  };
}
