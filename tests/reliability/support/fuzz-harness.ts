// The fuzz test's requests and what it expects of the answers: a request as a given caller, the check
// that a refusal is a 4xx with a sentence, and a digest of the database to prove nothing changed.
import pg from "pg";
import { expect } from "vitest";
import type { Action, ActionBody } from "./fuzz-actions";
import type { RawBody } from "./fuzz-bodies";
import { canonical } from "./db";
import { errorOf, isHumanSentence, leaksInternals, type Session } from "./http";

export type Caller = "anonymous" | "runner" | "other" | "physio";
/** The running app and the signed-in callers a case is sent as. */
export type Target = { baseUrl: string; sessions: Partial<Record<Caller, Session>> };

// Tables a refused request must leave alone: all of them but sessions, verifications, rate-limit counters
// and the audit log (a sign-in attempt legitimately writes those), and what the background reminder
// scan writes on its own each minute (notification runs and deliveries).
const SKIPPED_TABLES = new Set([
  "session",
  "verification",
  "rate_limits",
  "audit_log",
  "notification_runs",
  "notification_deliveries",
]);
export async function digest(db: pg.Client): Promise<string> {
  const tables = (
    await db.query<{ t: string }>(
      `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).rows.map((r) => r.t);
  const parts: string[] = [];
  for (const t of tables.filter((t) => !SKIPPED_TABLES.has(t))) {
    const rows = (await db.query(`select * from "${t}" order by 1`)).rows;
    parts.push(`${t}:${canonical(rows)}`);
  }
  return parts.join("\n");
}

// A different client address per request, so better-auth's per-address limit (5 a minute) does not
// turn every auth case into a 429 (some still are, and 429 is a fine answer too).
export const someIp = () =>
  `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${1 + ((Math.random() * 250) | 0)}`;

export type Expect = "json-error" | "bare-404" | "auth-error";
export type Case = {
  label: string;
  method: "GET" | "POST";
  path: string;
  caller: Caller;
  json?: unknown;
  raw?: RawBody;
  expect: Expect;
};

export type Answer = { status: number; type: string; text: string; ms: number };

export async function send(target: Target, c: Case): Promise<Answer> {
  const headers: Record<string, string> = { "X-Forwarded-For": someIp(), Origin: target.baseUrl };
  const session = c.caller === "anonymous" ? undefined : target.sessions[c.caller];
  if (session) headers.Cookie = session.cookie;
  let body: BodyInit | undefined;
  if (c.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(c.json);
  } else if (c.raw) {
    if (c.raw.contentType) headers["Content-Type"] = c.raw.contentType;
    body = c.raw.body;
  }
  const t0 = performance.now();
  const response = await fetch(`${target.baseUrl}${c.path}`, {
    method: c.method,
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    text,
    ms: performance.now() - t0,
  };
}

export function checkRefusal(c: Case, answer: Answer) {
  const what = `${c.label}: ${c.method} ${c.path.slice(0, 120)} as ${c.caller} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, what).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(leaksInternals(answer.text), what).toBe(false);
  if (c.expect === "bare-404") {
    // The calendar feed says nothing about any plan to a wrong token: a bare text 404, by design.
    expect(answer.status, what).toBe(404);
    expect(answer.text, what).toBe("Not found");
    return;
  }
  expect(answer.type, what).toContain("application/json");
  const body = JSON.parse(answer.text) as { message?: unknown };
  // better-auth's own endpoints answer in its shape ({ code, message }); our checks in front of them
  // (same-origin, JSON only, the limiter) answer in ours.
  if (c.expect === "auth-error" && !errorOf(body)) {
    // better-auth's own endpoints answer in its shape: { code, message }.
    expect(isHumanSentence(body.message), what).toBe(true);
    return;
  }
  const error = errorOf(body);
  expect(error?.code, what).toMatch(/^[A-Z_]+$/);
  expect(error?.messageKey, what).toMatch(/^[\w.]+$/);
  expect(isHumanSentence(error?.message), what).toBe(true);
}

// A server action is posted as React would post it: its id in a header, the arguments as the body.
export async function callAction(target: Target, action: Action, caller: Caller, b: ActionBody) {
  const headers: Record<string, string> = {
    "Next-Action": action.id,
    Accept: "text/x-component",
    Origin: target.baseUrl,
    "X-Forwarded-For": someIp(),
  };
  if (b.contentType) headers["Content-Type"] = b.contentType;
  const session = caller === "anonymous" ? undefined : target.sessions[caller];
  if (session) headers.Cookie = session.cookie;
  const response = await fetch(`${target.baseUrl}${action.page}`, {
    method: "POST",
    headers,
    body: b.body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
}
