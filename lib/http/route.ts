// Route handlers: one wrapper owns error mapping, so no request ends in a stack trace. Errors carry
// a code, a message key and the message itself in the caller's language (Accept-Language: nl → Dutch).
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/security/client-address";
import { assertSameOriginJson } from "@/lib/security/same-origin";
import { localeOf, textOf } from "@/lib/i18n/error-text";
export const noStore = { "Cache-Control": "no-store" } as const;

export async function errorResponse(
  status: number,
  code: string,
  messageKey: string,
  request?: Request,
  details: Record<string, unknown> = {},
  locale = localeOf(request),
) {
  const message = await textOf(messageKey, locale, details);
  return Response.json({ error: { code, messageKey, message, details } }, { status, headers: noStore });
}

// A state-changing request must come from our own pages and carry JSON (lib/security/same-origin.ts).
// `locale` is asked for when an error is answered: the signed-in caller's language once known.
export async function handleRoute(
  work: () => Promise<Response>,
  request?: Request,
  locale?: () => "en" | "nl",
): Promise<Response> {
  try {
    if (request) assertSameOriginJson(request);
    return await work();
  } catch (error) {
    const language = locale?.() ?? localeOf(request);
    if (isAppError(error))
      return errorResponse(httpStatusOf[error.code], error.code, error.messageKey, request, error.details, language);
    if (isDatabaseDown(error)) return errorResponse(503, "UNAVAILABLE", "errors.unavailable", request, {}, language);
    // The code and the request id only: a database error's message can hold the row's values.
    logError("route", error, request?.headers.get(REQUEST_ID_HEADER) ?? undefined);
    return errorResponse(500, "INTERNAL", "errors.unexpected", request, {}, language);
  }
}

export type CallerContext<P> = { request: Request; caller: SessionUser; db: Db; params: P };

/**
 * A route handler for signed-in callers (of `role`, when given): it owns the request, the caller, the
 * database and the error mapping, and answers errors in the caller's own language (before sign-in,
 * the browser's). Every route that acts for a user is written with it.
 */
export function withCaller<P = Record<string, never>>(
  role: Role | undefined,
  handler: (context: CallerContext<P>) => Promise<Response>,
) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let language: "en" | "nl" | undefined;
    return handleRoute(
      async () => {
        const caller = await requireUser(role);
        language = caller.locale;
        return handler({ request, caller, db: getDb(), params: await context.params });
      },
      request,
      () => language ?? localeOf(request),
    );
  };
}

function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const text = `${(e as { code?: string }).code ?? ""} ${(e as Error).message ?? ""}`;
    if (
      /ECONNREFUSED|ECONNRESET|EPIPE|57P01|57P03|08006|08001|08003|timeout exceeded when trying to connect|Connection terminated|terminating connection/i.test(
        text,
      )
    )
      return true;
  }
  return false;
}
