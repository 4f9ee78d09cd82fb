// The shape every server action returns to its form, and the wrapper that maps errors into it:
// an AppError becomes its message key, anything else a generic message (never a stack trace).
import { unstable_rethrow } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/request-id";

export type ActionResult<T = void> =
  { ok: true; data: T } | { ok: false; error: string; fields?: string[]; params?: Record<string, string | number> };

/** A server action as a form hands it to useActionState: the previous answer and the form in, the next answer out. */
export type FormAction<T = void> = (previous: ActionResult<T> | undefined, form: FormData) => Promise<ActionResult<T>>;

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      const details = error.details ?? {};
      const fields = Array.isArray(details.fields)
        ? (details.fields as string[])
        : typeof details.field === "string"
          ? [details.field]
          : undefined;
      const params = Object.fromEntries(
        Object.entries(details).filter(([, v]) => typeof v === "string" || typeof v === "number"),
      ) as Record<string, string | number>;
      return { ok: false, error: error.messageKey, fields, params };
    }
    logError("action", error, await currentRequestId());
    return { ok: false, error: "errors.unexpected" };
  }
}

// Form actions are public endpoints too: a request whose "form" is not a form gets a refusal, not a crash.
export const notAForm = { ok: false, error: "errors.invalidInput" } as const;

export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}
