// Route handlers: one wrapper owns error mapping, so no request ends in a 500 with a stack trace.
import { httpStatusOf, isAppError } from "@/lib/errors";

export const noStore = { "Cache-Control": "no-store" } as const;

export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.messageKey, details: error.details ?? {} } }, { status: httpStatusOf[error.code], headers: noStore });
    }
    console.error("[comeback] route failed", error);
    const unavailable = isDatabaseDown(error);
    return Response.json(
      { error: { code: unavailable ? "UNAVAILABLE" : "INTERNAL", message: unavailable ? "errors.unavailable" : "errors.unexpected" } },
      { status: unavailable ? 503 : 500, headers: noStore },
    );
  }
}

function isDatabaseDown(error: unknown): boolean {
  const text = String((error as { code?: string })?.code ?? "") + String((error as Error)?.message ?? "");
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|08006|08001|timeout exceeded when trying to connect|Connection terminated/i.test(text);
}
