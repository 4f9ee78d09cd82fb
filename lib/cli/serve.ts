// The HTTP server in front of Next (started by start.ts in place of `next start`/`next dev`). It does
// what Next cannot from inside: it sees the socket. Each request gets an id and the client's address
// in headers it always overwrites (lib/security/client-address.ts), one log line when it ends, HSTS
// when served over https, and a plain 403/413 for a server action from another site or over the size
// limit (Next answers those with a bare 500).
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import { loadMessages } from "../i18n/messages";
import { logger, logRequest, pathForLog } from "../log/logger";
import { installConsoleGuard } from "../log/console-guard";
import { CLIENT_IP_HEADER, clientAddressOf, REQUEST_ID_HEADER, trustedProxyHops } from "../security/client-address";
import { isCrossSite } from "../security/same-origin";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const hops = trustedProxyHops();
const publicHttps = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
// next.config.js serverActions.bodySizeLimit
const MAX_ACTION_BYTES = 64 * 1024;

function headersOf(req: http.IncomingMessage): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") result.set(name, value);
    else if (Array.isArray(value)) result.set(name, value.join(", "));
  }
  return result;
}

async function refuse(res: http.ServerResponse, req: http.IncomingMessage, status: number, code: string, messageKey: "crossSite" | "bodyTooLarge") {
  const locale = /^\s*nl\b/i.test(req.headers["accept-language"] ?? "") ? "nl" : "en";
  const errors = (await loadMessages(locale)).errors as Record<string, string>;
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
  res.end(JSON.stringify({ error: { code, messageKey: `errors.${messageKey}`, message: errors[messageKey], details: {} } }));
  req.resume();
}

// Server actions are POSTs with a Next-Action header. Next checks their origin and size too, but
// only by failing: this answers first, with a sentence, before a byte of the body is read.
function earlyRefusal(req: http.IncomingMessage): [number, string, "crossSite" | "bodyTooLarge"] | undefined {
  if (req.method !== "POST" || !req.headers["next-action"]) return undefined;
  if (isCrossSite(headersOf(req))) return [403, "FORBIDDEN", "crossSite"];
  if (Number(req.headers["content-length"] ?? "0") > MAX_ACTION_BYTES) return [413, "PAYLOAD_TOO_LARGE", "bodyTooLarge"];
  return undefined;
}

async function main() {
  installConsoleGuard();
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    const id = randomUUID();
    const started = performance.now();
    req.headers[REQUEST_ID_HEADER] = id;
    req.headers[CLIENT_IP_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
    res.setHeader(REQUEST_ID_HEADER, id);
    const https = publicHttps || (hops > 0 && req.headers["x-forwarded-proto"]?.toString().split(",").at(-1)?.trim() === "https");
    if (https) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    res.once("close", () => logRequest({ id, method: req.method ?? "", path: pathForLog(req.url), status: res.statusCode, ms: performance.now() - started }));
    const refusal = earlyRefusal(req);
    if (refusal) return void refuse(res, req, ...refusal);
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Headers and keep-alive times generous enough for slow phones, short enough that idle sockets go.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => logger.info({ host: hostname, port, dev }, "listening"));
  // Finish the requests in flight, drop idle keep-alive sockets at once, the rest after 5 s.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  logger.fatal({ code: (error as { code?: string })?.code ?? "start" }, error instanceof Error ? error.message : "could not start");
  process.exit(1);
});
