// The frame of a server action behind a Conform form: the form parsed once against its schema, the
// work done with the typed value, and the answer a Conform SubmissionResult. A refusal keeps what was
// sent (the form shows it again, with or without JavaScript); its errors are message keys, per field
// where the service named one (an AppError's `field`/`fields`), else for the whole form.
import type { SubmissionResult } from "@conform-to/react";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/schema";
import { isAppError, type AppError } from "@/lib/errors";
import { encodeMessage, type MessageParams } from "@/lib/forms/message";
import { parseForm } from "@/lib/forms/parse";
import { logError } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/request-id";

export type FormResult = SubmissionResult<string[]>;

/** A server action as a Conform form hands it to useActionState: the last answer and the form in, the next out. */
export type SchemaFormAction = (previous: FormResult | undefined, form: FormData) => Promise<FormResult>;

// Form actions are public endpoints: a request whose "form" is not a form is refused, not a crash.
export const notAFormResult: FormResult = { status: "error", error: { "": ["errors.invalidInput"] } };

type Reply = {
  reply: (options?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[]>;
    resetForm?: boolean;
  }) => FormResult;
};

/** How an AppError reads on the form: its key and parameters, on the fields it names or on the form. */
export function replyToError(submission: Reply, error: AppError): FormResult {
  const details = error.details ?? {};
  const params = Object.fromEntries(
    Object.entries(details).filter(([, v]) => typeof v === "string" || typeof v === "number"),
  ) as MessageParams;
  delete params.field;
  const message = encodeMessage(error.messageKey, params);
  const fields = (
    Array.isArray(details.fields)
      ? (details.fields as string[])
      : typeof details.field === "string"
        ? [details.field]
        : []
  ).filter((f) => f !== "form");
  if (fields.length === 0) return submission.reply({ formErrors: [message] });
  return submission.reply({ fieldErrors: Object.fromEntries(fields.map((f) => [f, [message]])) });
}

export type FormWork<T> = (value: T) => Promise<unknown>;

/**
 * Parse `form` with `schema`; before any field error is told, `guard` runs (who is calling: a stranger
 * learns nothing about the form), then `work` with the typed value. `resetForm` empties the form once
 * accepted (a note is not sent twice).
 */
export async function runFormAction<S extends z.ZodType>(
  form: unknown,
  schema: S,
  work: FormWork<z.output<S>>,
  options: { guard?: () => Promise<unknown>; resetForm?: boolean } = {},
): Promise<FormResult> {
  if (!(form instanceof FormData)) return notAFormResult;
  const submission = parseForm(form, schema);
  try {
    await options.guard?.();
    if (submission.status !== "success") return submission.reply();
    await work(submission.value);
    // Conform's reset answer carries no status; the form and the caller still need to know it was accepted.
    return { ...submission.reply({ resetForm: options.resetForm === true }), status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return replyToError(submission, error);
    logError("action", error, await currentRequestId());
    return submission.reply({ formErrors: ["errors.unexpected"] });
  }
}

/** A form of a signed-in user (of `role`, when given): the caller checked first, then `work` with the value. */
export async function userFormAction<S extends z.ZodType>(
  form: unknown,
  schema: S,
  work: (caller: SessionUser, value: z.output<S>) => Promise<unknown>,
  options: { role?: Role; resetForm?: boolean } = {},
): Promise<FormResult> {
  let caller: SessionUser | undefined;
  return runFormAction(form, schema, (value) => work(caller!, value), {
    resetForm: options.resetForm,
    guard: async () => {
      caller = await requireUser(options.role);
    },
  });
}
