// The HTTP server in front of Next (started by start.ts in place of `next start`/`next dev`). It does
// what Next cannot from inside: it sees the socket. Each request gets an id and the client's address
// in headers it always overwrites (lib/security/client-address.ts), one log line when it ends, HSTS
// when served over https, and a plain 403/413 for a server action from another site or over the size
// limit (Next answers those with a bare 500).
import "./allow-server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { loadMessages } from "@/lib/i18n/messages";
import { errorCodeOf, logger, logRequest, pathForLog } from "@/lib/log/logger";
import { installConsoleGuard } from "@/lib/log/console-guard";
import { CLIENT_IP_HEADER, clientAddressOf, REQUEST_ID_HEADER, trustedProxyHops } from "@/lib/security/client-address";
import { authPathWords } from "@/lib/security/auth-endpoints";
import { GUARDED_AUTH_PATHS } from "@/lib/security/auth-limits";
import { claimAtGate, GATE_HEADER, gateCounters, gateSecret, guardedPathOf } from "@/lib/security/early-gate";
import { isCrossSite } from "@/lib/security/same-origin";
import { startJobWorkers } from "@/lib/jobs/workers";
import { createDb, type Db } from "@/lib/db/client";
import { noticeSignInLock } from "@/lib/security/sign-in-lock-notice";

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

async function refuse(
  res: http.ServerResponse,
  req: http.IncomingMessage,
  status: number,
  code: string,
  messageKey: "crossSite" | "bodyTooLarge" | "unavailable",
) {
  const locale = /^\s*nl\b/i.test(req.headers["accept-language"] ?? "") ? "nl" : "en";
  const errors = (await loadMessages(locale)).errors as Record<string, string>;
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
  res.end(
    JSON.stringify({ error: { code, messageKey: `errors.${messageKey}`, message: errors[messageKey], details: {} } }),
  );
  req.resume();
}

const MAX_AUTH_BYTES = 16 * 1024;

// For the owner's notice when the gate locks an account's sign-in: made at the first lock.
let noticePool: Db | undefined;
const noticeDb = () => (noticePool ??= createDb(process.env.DATABASE_URL!, 2).db);

// Made once per language: a refusal is answered without loading or compiling any message again.
type Translate = (key: string, values: Record<string, number>) => string;
const translators = new Map<"en" | "nl", Promise<Translate>>();
function translatorFor(locale: "en" | "nl"): Promise<Translate> {
  let made = translators.get(locale);
  if (!made) {
    made = Promise.all([import("next-intl"), loadMessages(locale)]).then(([{ createTranslator }, messages]) => {
      const t = createTranslator({ locale, messages: messages as never });
      return (key, values) => t(key as never, values as never);
    });
    translators.set(locale, made);
  }
  return made;
}

// The fixed words of the app's routes (folder names under app/): any other path segment (an id, a
// token, whatever a client typed) is logged as ":param".
function routeWords(
  dir = path.join(process.cwd(), "app"),
  words = new Set<string>(["en", "nl", "_next", "static", "chunks", "media", ...authPathWords()]),
): Set<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!/^[[(]/.test(entry.name)) words.add(entry.name);
    routeWords(path.join(dir, entry.name), words);
  }
  return words;
}

async function readSmallBody(req: http.IncomingMessage, max = MAX_AUTH_BYTES): Promise<Buffer | undefined> {
  if (Number(req.headers["content-length"] ?? "0") > max) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > max) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// The same request with its body put back, for Next to read as if nothing had happened.
function replay(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.headers = { ...req.headers, "content-length": String(body.byteLength) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]);
  copy.push(body);
  copy.push(null);
  // A message not marked complete counts as aborted when it is destroyed, which destroys the socket
  // the answer is still to go out on.
  copy.complete = true;
  return copy;
}

// Sign-in paths: counted here, before Next (lib/security/early-gate.ts). Returns the request to hand
// on, or undefined when this answered it.
async function gate(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
): Promise<http.IncomingMessage | undefined> {
  const body = await readSmallBody(req);
  if (!body) {
    await refuse(res, req, 413, "PAYLOAD_TOO_LARGE", "bodyTooLarge");
    return undefined;
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    // better-auth answers a body that is not JSON itself
  }
  const verdict = await claimAtGate(gateCounters(path, String(req.headers[CLIENT_IP_HEADER]), parsed));
  if (!verdict.allowed) {
    const locale = /^\s*nl\b/i.test(req.headers["accept-language"] ?? "") ? "nl" : "en";
    const messageKey = GUARDED_AUTH_PATHS[path]!.messageKey;
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    const message = (await translatorFor(locale))(messageKey, { minutes });
    res.writeHead(429, {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "Retry-After": String(verdict.retryAfterSeconds),
    });
    res.end(
      JSON.stringify({
        code: "TOO_MANY_REQUESTS",
        message,
        messageKey,
        minutes,
        retryAfterSeconds: verdict.retryAfterSeconds,
      }),
    );
    for (const account of verdict.locked) void noticeSignInLock(noticeDb(), account);
    return undefined;
  }
  const copy = replay(req, body);
  copy.headers[GATE_HEADER] = gateSecret();
  return copy;
}

// Server actions are POSTs with a Next-Action header. Next checks their origin and size too, but
// only by failing: this answers first, with a sentence, before a byte of the body is read.
function earlyRefusal(req: http.IncomingMessage): [number, string, "crossSite" | "bodyTooLarge"] | undefined {
  if (req.method !== "POST" || !req.headers["next-action"]) return undefined;
  if (isCrossSite(headersOf(req))) return [403, "FORBIDDEN", "crossSite"];
  if (Number(req.headers["content-length"] ?? "0") > MAX_ACTION_BYTES)
    return [413, "PAYLOAD_TOO_LARGE", "bodyTooLarge"];
  return undefined;
}

// A server action sent without Content-Length (chunked) cannot be refused by its header: read up to
// the limit here and hand Next the same request, or answer the same 413 sentence.
async function boundedAction(req: http.IncomingMessage, res: http.ServerResponse) {
  const body = await readSmallBody(req, MAX_ACTION_BYTES);
  if (body) return replay(req, body);
  await refuse(res, req, 413, "PAYLOAD_TOO_LARGE", "bodyTooLarge");
  return undefined;
}

async function main() {
  installConsoleGuard();
  gateSecret();
  const words = routeWords();
  await Promise.all([translatorFor("en"), translatorFor("nl")]);
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    const id = randomUUID();
    const started = performance.now();
    delete req.headers[GATE_HEADER];
    req.headers[REQUEST_ID_HEADER] = id;
    req.headers[CLIENT_IP_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
    res.setHeader(REQUEST_ID_HEADER, id);
    const https =
      publicHttps || (hops > 0 && req.headers["x-forwarded-proto"]?.toString().split(",").at(-1)?.trim() === "https");
    if (https) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    res.once("close", () =>
      logRequest({
        id,
        method: req.method ?? "",
        path: pathForLog(req.url, words),
        status: res.statusCode,
        ms: performance.now() - started,
      }),
    );
    const refusal = earlyRefusal(req);
    if (refusal) return void refuse(res, req, ...refusal);
    const guarded = guardedPathOf(req.method, req.url);
    const unsizedAction = req.method === "POST" && req.headers["next-action"] && !req.headers["content-length"];
    const ready = unsizedAction
      ? boundedAction(req, res)
      : guarded && !isCrossSite(headersOf(req))
        ? gate(req, res, guarded)
        : Promise.resolve(req);
    ready
      .then((forward) => (forward ? handle(forward, res) : undefined))
      .catch((error: unknown) => {
        if (process.env.COMEBACK_DEBUG_GATE)
          process.stderr.write(`gate: ${String((error as Error)?.stack ?? error)}\n`);
        // Only the gate's database call or a broken upload can land here (Next answers its own errors).
        if (!res.headersSent) void refuse(res, req, 503, "UNAVAILABLE", "unavailable");
        else res.end();
      });
  });
  // Headers and keep-alive times generous enough for slow phones, short enough that idle sockets go.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => logger.info({ host: hostname, port, dev }, "listening"));
  // Background jobs (reminders, notifications) run in this process beside Next, on their own small pool;
  // COMEBACK_JOBS=off serves without them (e.g. a server kept for requests only). Jobs that cannot start
  // stop the server: a reminder that is silently never sent is worse than a start that fails loudly.
  const jobs =
    process.env.COMEBACK_JOBS === "off" || !process.env.DATABASE_URL
      ? undefined
      : await startJobWorkers({
          connectionString: process.env.DATABASE_URL,
          db: createDb(process.env.DATABASE_URL, 3).db,
        }).catch((error: unknown) => {
          // A start-up error names a role, a table or a queue: no user's data.
          const reason = error instanceof Error ? error.message.slice(0, 300) : `code ${errorCodeOf(error)}`;
          logger.fatal({ code: errorCodeOf(error) }, `background jobs did not start: ${reason}`);
          process.stderr.write(`[comeback] background jobs did not start: ${reason}\n`);
          process.exit(1);
        });
  // Finish the requests in flight, drop idle keep-alive sockets at once, the rest after 5 s.
  const stop = () => {
    // Jobs in hand are given back to the queue; another server (or the next start) picks them up.
    void jobs?.stop({ graceful: true, timeout: 4_000 });
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  logger.fatal(
    { code: (error as { code?: string })?.code ?? "start" },
    error instanceof Error ? error.message : "could not start",
  );
  process.exit(1);
});
