// Structured logs (pino, one JSON object a line). What may go in is decided here, not at each call:
// a request line holds the method, the path without its query, the status and the time; an error
// holds its code and the request id. Never a body, a query string, a name, an email or a note.
import pino from "pino";

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

export const logger = pino({
  level,
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

// Control characters (and the Unicode line separators) would let user text forge or split log lines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function cleanForLog(value: string, max = 200): string {
  return value.replace(CONTROL, "").slice(0, max);
}

// A path is logged without its query, and only the app's own route words stay: ids, tokens, invite
// codes and anything else a client put in the path become ":param" (static files keep their name).
export function pathForLog(url: string | undefined, routeWords: Set<string>): string {
  const path = (url ?? "").split("?")[0] ?? "";
  if (path.startsWith("/_next/static/")) return cleanForLog(path);
  return cleanForLog(
    path
      .split("/")
      .map((segment) => (segment === "" || routeWords.has(segment) ? segment : ":param"))
      .join("/"),
  );
}

// What kind of error, never its message: a pg error's message and detail can hold the values of the
// failing row (health data), and drizzle's "Failed query" message holds every parameter.
export function errorCodeOf(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code) return cleanForLog(code, 40);
  }
  const name = (error as { name?: unknown })?.name;
  return typeof name === "string" ? cleanForLog(name, 40) : "unknown";
}

export function logRequest(line: { id: string; method: string; path: string; status: number; ms: number }): void {
  logger.info(
    {
      req: line.id,
      method: cleanForLog(line.method, 10),
      path: line.path,
      status: line.status,
      ms: Math.round(line.ms),
    },
    "request",
  );
}

export function logError(where: string, error: unknown, requestId: string | undefined): void {
  logger.error(
    {
      req: requestId ? cleanForLog(requestId, 64) : undefined,
      where: cleanForLog(where, 60),
      code: errorCodeOf(error),
    },
    "failed",
  );
}
