// Route handlers: one wrapper owns error mapping, so no request ends in a stack trace. Errors carry
// a code, a message key and the message itself in the caller's language (Accept-Language: nl → Dutch).
import { httpStatusOf, isAppError } from "@/lib/errors";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { logError } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/security/client-address";
import { assertSameOriginJson } from "@/lib/security/same-origin";

export const noStore = { "Cache-Control": "no-store" } as const;

export function localeOf(request?: { headers: Headers }): "en" | "nl" {
  return /^\s*nl\b/i.test(request?.headers.get("accept-language") ?? "") ? "nl" : "en";
}

export async function textOf(messageKey: string, locale: "en" | "nl", params: Record<string, unknown> = {}): Promise<string> {
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as AbstractIntlMessages });
  const values = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number")) as Record<string, string | number>;
  return t.has(messageKey as never) ? t(messageKey as never, values as never) : t("errors.unexpected" as never);
}

export async function errorResponse(status: number, code: string, messageKey: string, request?: Request, details: Record<string, unknown> = {}) {
  const message = await textOf(messageKey, localeOf(request), details);
  return Response.json({ error: { code, messageKey, message, details } }, { status, headers: noStore });
}

// A state-changing request must come from our own pages and carry JSON (lib/security/same-origin.ts).
export async function handleRoute(work: () => Promise<Response>, request?: Request): Promise<Response> {
  try {
    if (request) assertSameOriginJson(request);
    return await work();
  } catch (error) {
    if (isAppError(error)) return errorResponse(httpStatusOf[error.code], error.code, error.messageKey, request, error.details);
    if (isDatabaseDown(error)) return errorResponse(503, "UNAVAILABLE", "errors.unavailable", request);
    // The code and the request id only: a database error's message can hold the row's values.
    logError("route", error, request?.headers.get(REQUEST_ID_HEADER) ?? undefined);
    return errorResponse(500, "INTERNAL", "errors.unexpected", request);
  }
}

export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const text = `${(e as { code?: string }).code ?? ""} ${(e as Error).message ?? ""}`;
    if (/ECONNREFUSED|ECONNRESET|EPIPE|57P01|57P03|08006|08001|08003|timeout exceeded when trying to connect|Connection terminated|terminating connection/i.test(text)) return true;
  }
  return false;
}
