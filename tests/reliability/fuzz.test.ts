// fast-check generated bad input against every route handler and every server action, as a runner,
// as another runner, as a physio and anonymously: always a 4xx with a sentence a person can read
// (never a 5xx, never a stack trace) and the database unchanged. Oversized bodies are refused quickly.
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, canonical, createPlan, daysAgo, pgUrl, sql } from "./support/db";
import {
  badAuthBody,
  badId,
  discoverRoutes,
  invalidCheckIn,
  rawBadBody,
  validCheckIn,
  type RawBody,
} from "./support/fuzz";
import { actionBody, discoverActions, nextOwn500, type Action, type ActionBody } from "./support/fuzz-actions";
import { errorOf, isHumanSentence, leaksInternals, postJson, signUp, type Session } from "./support/http";

const PORT = 3403;
const ROOT = `.data/reliability-fuzz-${PORT}`;

type Caller = "anonymous" | "runner" | "other" | "physio";
let app: App;
let db: pg.Client;
const sessions: Partial<Record<Caller, Session>> = {};
let planA = ""; // the runner's plan
let planB = ""; // the other runner's plan, linked to the physio

beforeAll(async () => {
  removeRoot(ROOT);
  app = await startApp({ port: PORT, root: ROOT, build: true });
  const url = pgUrl(app.pgPort!);
  sessions.runner = await signUp(app.baseUrl, "Fuzz Runner");
  sessions.other = await signUp(app.baseUrl, "Other Runner");
  sessions.physio = await signUp(app.baseUrl, "Fuzz Physio");
  await sql(url, `update "user" set role = 'physio' where email = $1`, [sessions.physio.email]);
  planA = await createPlan(url, sessions.runner.email, 7);
  planB = await createPlan(url, sessions.other.email, 7);
  await sql(url, `update plans set physio_id = (select id from "user" where email = $1) where id = $2`, [
    sessions.physio.email,
    planB,
  ]);
  // Some real data to be left untouched.
  for (const [plan, session] of [
    [planA, sessions.runner],
    [planB, sessions.other],
  ] as const) {
    for (const day of [1, 2])
      expect(
        (
          await postJson(
            app.baseUrl,
            `/api/plans/${plan}/check-ins`,
            buildCheckIn(daysAgo(day), { painDuring: day }),
            session,
          )
        ).status,
      ).toBe(201);
  }
  db = new pg.Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  if (app) await stopApp(app);
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

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
async function digest(): Promise<string> {
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
const someIp = () => `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${1 + ((Math.random() * 250) | 0)}`;

type Expect = "json-error" | "bare-404" | "auth-error";
type Case = {
  label: string;
  method: "GET" | "POST";
  path: string;
  caller: Caller;
  json?: unknown;
  raw?: RawBody;
  expect: Expect;
};

async function send(c: Case): Promise<{ status: number; type: string; text: string; ms: number }> {
  const headers: Record<string, string> = { "X-Forwarded-For": someIp(), Origin: app.baseUrl };
  const session = c.caller === "anonymous" ? undefined : sessions[c.caller];
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
  const response = await fetch(`${app.baseUrl}${c.path}`, {
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

function checkRefusal(c: Case, answer: Awaited<ReturnType<typeof send>>) {
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

// ---------- what may be asked of whom ----------

const PLAN_ROUTES = ["/api/plans/[planId]", "/api/plans/[planId]/progress", "/api/plans/[planId]/check-ins"];
const KNOWN_ROUTES: Record<string, string> = {
  "/api/health": "takes no input: 200 or 503 for anyone (tested in db-outage)",
  "/api/plans/[planId]": "GET: owner or linked physio",
  "/api/plans/[planId]/progress": "GET: owner or linked physio",
  "/api/plans/[planId]/check-ins": "GET: owner or linked physio; POST: owner with a valid check-in",
  "/api/plans/[planId]/calendar": "GET: the owner",
  "/api/physio/patients": "GET: a physio",
  "/api/account/export": "GET: anyone signed in",
  "/api/calendar/[token]": "GET: anyone with a live token",
  "/api/auth/[...all]": "better-auth: sign-up/sign-in with a valid body",
  "/api/mail/unsubscribe": "POST: anyone with a signed token; a forged or missing one is 400 (tests/mail/mail.test.ts)",
  "/api/account/two-factor": "POST: a physio confirming with a code from the app or turning off with the password",
};

const callers = fc.constantFrom<Caller>("anonymous", "runner", "other", "physio");
type PlanChoice = { kind: "A" | "B" | "bad"; id: string };
const planChoice: fc.Arbitrary<PlanChoice> = fc.oneof(
  fc.constant<PlanChoice>({ kind: "A", id: "" }),
  fc.constant<PlanChoice>({ kind: "B", id: "" }),
  badId.map<PlanChoice>((id) => ({ kind: "bad", id })),
);
const idOf = (p: PlanChoice) => encodeURIComponent(p.kind === "A" ? planA : p.kind === "B" ? planB : p.id);
const canSee = (caller: Caller, p: PlanChoice) =>
  (p.kind === "A" && caller === "runner") || (p.kind === "B" && (caller === "other" || caller === "physio"));
const owns = (caller: Caller, p: PlanChoice) =>
  (p.kind === "A" && caller === "runner") || (p.kind === "B" && caller === "other");
const query = fc.option(
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }),
  { nil: undefined },
);
const withQuery = (path: string, q?: Record<string, string>) =>
  q && Object.keys(q).length ? `${path}?${new URLSearchParams(q)}` : path;

const routeCase: fc.Arbitrary<Case> = fc.oneof(
  // reading a plan that is not the caller's, does not exist or is not an id
  fc
    .record({ route: fc.constantFrom(...PLAN_ROUTES), caller: callers, plan: planChoice, q: query })
    .filter(({ caller, plan }) => !canSee(caller, plan))
    .map(({ route, caller, plan, q }): Case => ({
      label: "read",
      method: "GET",
      path: withQuery(route.replace("[planId]", idOf(plan)), q),
      caller,
      expect: "json-error",
    })),
  fc
    .record({ caller: callers, plan: planChoice, q: query })
    .filter(({ caller, plan }) => !owns(caller, plan))
    .map(({ caller, plan, q }): Case => ({
      label: "calendar",
      method: "GET",
      path: withQuery(`/api/plans/${idOf(plan)}/calendar`, q),
      caller,
      expect: "json-error",
    })),
  // a check-in the server must refuse, on the runner's own plan
  invalidCheckIn.map((json): Case => ({
    label: "bad check-in",
    method: "POST",
    path: `/api/plans/${planA}/check-ins`,
    caller: "runner",
    json,
    expect: "json-error",
  })),
  rawBadBody.map((raw): Case => ({
    label: `bad body (${raw.label})`,
    method: "POST",
    path: `/api/plans/${planA}/check-ins`,
    caller: "runner",
    raw,
    expect: "json-error",
  })),
  // any check-in on a plan the caller does not own (or as a physio, or anonymously)
  fc
    .record({ caller: callers, plan: planChoice, json: fc.oneof(validCheckIn, invalidCheckIn) })
    .filter(({ caller, plan }) => !owns(caller, plan))
    .map(({ caller, plan, json }): Case => ({
      label: "check-in elsewhere",
      method: "POST",
      path: `/api/plans/${idOf(plan)}/check-ins`,
      caller,
      json,
      expect: "json-error",
    })),
  // the physio list as a runner or anonymously; the data export anonymously
  fc.constantFrom<Caller>("anonymous", "runner", "other").map((caller): Case => ({
    label: "physio list",
    method: "GET",
    path: "/api/physio/patients",
    caller,
    expect: "json-error",
  })),
  query.map((q): Case => ({
    label: "export",
    method: "GET",
    path: withQuery("/api/account/export", q),
    caller: "anonymous",
    expect: "json-error",
  })),
  // two-step sign-in: runners and strangers are refused; a physio with no set-up, a wrong code or password too
  fc
    .record({
      caller: callers,
      json: fc.oneof(
        fc.record({
          step: fc.constantFrom("confirm", "disable"),
          code: fc.string({ maxLength: 12 }),
          password: fc.string({ maxLength: 40 }),
        }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    })
    .map(({ caller, json }): Case => ({
      label: "two-factor",
      method: "POST",
      path: "/api/account/two-factor",
      caller,
      json,
      expect: "json-error",
    })),
  rawBadBody.map((raw): Case => ({
    label: `two-factor body (${raw.label})`,
    method: "POST",
    path: "/api/account/two-factor",
    caller: "physio",
    raw,
    expect: "json-error",
  })),
  // calendar feed tokens that name nothing
  fc.record({ caller: callers, token: badId }).map(({ caller, token }): Case => ({
    label: "feed",
    method: "GET",
    path: `/api/calendar/${encodeURIComponent(token)}`,
    caller,
    expect: "bare-404",
  })),
  // better-auth's sign-up and sign-in with bodies it must refuse
  fc
    .record({
      endpoint: fc.constantFrom("sign-up/email", "sign-in/email"),
      caller: fc.constantFrom<Caller>("anonymous", "runner"),
      body: fc.oneof(
        badAuthBody.map((json) => ({ json })),
        rawBadBody.map((raw) => ({ raw })),
      ),
    })
    .map(({ endpoint, caller, body }): Case => ({
      label: `auth ${endpoint}`,
      method: "POST",
      path: `/api/auth/${endpoint}`,
      caller,
      ...body,
      expect: "auth-error",
    })),
);

// ---------- server actions ----------

async function callAction(action: Action, caller: Caller, b: ActionBody) {
  const headers: Record<string, string> = {
    "Next-Action": action.id,
    Accept: "text/x-component",
    Origin: app.baseUrl,
    "X-Forwarded-For": someIp(),
  };
  if (b.contentType) headers["Content-Type"] = b.contentType;
  const session = caller === "anonymous" ? undefined : sessions[caller];
  if (session) headers.Cookie = session.cookie;
  const response = await fetch(`${app.baseUrl}${action.page}`, {
    method: "POST",
    headers,
    body: b.body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
}

// ---------- the tests ----------

describe("fuzzing every route handler and server action", () => {
  it("knows every route handler in app/api", () => {
    const routes = discoverRoutes();
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes)
      expect(KNOWN_ROUTES[route.path], `${route.file} is new: add its bad inputs to the fuzz test`).toBeDefined();
  });

  it("route handlers answer bad input with a 4xx and a sentence, and change nothing", async () => {
    const before = await digest();
    const seen = new Map<string, number>();
    let runs = 0;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(routeCase, async (c) => {
        runs++;
        const answer = await send(c);
        seen.set(
          `${c.label.replace(/ \(.*/, "")} ${answer.status}`,
          (seen.get(`${c.label.replace(/ \(.*/, "")} ${answer.status}`) ?? 0) + 1,
        );
        slowest = Math.max(slowest, answer.ms); // reported, not asserted: speed is the bench's
        checkRefusal(c, answer);
        expect(await digest(), `${c.label} changed the database`).toBe(before);
      }),
      { numRuns: 400 },
    );
    console.log(
      `[fuzz] ${runs} route cases, slowest ${Math.round(slowest)} ms: ${JSON.stringify(Object.fromEntries([...seen].sort()))}`,
    );
  });

  it("refuses oversized bodies with a sentence, whether they declare a length or stream without one", async () => {
    const before = await digest();
    const path = `/api/plans/${planA}/check-ins`;
    const padded = (bytes: number) => JSON.stringify({ ...buildCheckIn(daysAgo(0)), note: "x".repeat(bytes) });
    const cases: { label: string; init: RequestInit & { duplex?: "half" }; path?: string }[] = [
      { label: "16 KB + 1", init: { body: padded(16 * 1024) } },
      { label: "5 MB", init: { body: padded(5 * 1024 * 1024) } },
      {
        label: "5 MB streamed without a length",
        init: {
          duplex: "half",
          body: new ReadableStream({
            start(controller) {
              const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
              controller.enqueue(new TextEncoder().encode('{"date":"'));
              for (let i = 0; i < 80; i++) controller.enqueue(chunk);
              controller.close();
            },
          }),
        },
      },
      {
        label: "5 MB sign-up",
        path: "/api/auth/sign-up/email",
        init: {
          body: JSON.stringify({
            name: "x".repeat(5 * 1024 * 1024),
            email: "big@reliability.test",
            password: "long-enough",
          }),
        },
      },
    ];
    const timings: string[] = [];
    for (const c of cases) {
      const t0 = performance.now();
      const response = await fetch(`${app.baseUrl}${c.path ?? path}`, {
        method: "POST",
        ...c.init,
        headers: {
          "Content-Type": "application/json",
          Cookie: sessions.runner!.cookie,
          Origin: app.baseUrl,
          "X-Forwarded-For": someIp(),
        },
        signal: AbortSignal.timeout(15_000),
      } as RequestInit);
      const text = await response.text();
      const ms = Math.round(performance.now() - t0);
      timings.push(`${c.label} → ${response.status} in ${ms} ms`);
      expect([400, 413], `${c.label}: ${response.status} ${text.slice(0, 200)}`).toContain(response.status);
      expect(leaksInternals(text)).toBe(false);
      if (!c.path)
        expect(errorOf(JSON.parse(text))).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.bodyTooLarge" });
    }
    expect(await digest()).toBe(before);
    console.log(`[fuzz] oversized: ${timings.join("; ")}`);
  });

  it("server actions never answer a 5xx or a stack trace (but for Next's own, listed below), and change nothing", async () => {
    const actions = discoverActions(planB);
    expect(actions.map((a) => a.name)).toContain("saveCheckInAction");
    const before = await digest();
    const statuses = new Map<string, number>();
    const expected5xx = new Map<string, number>();
    let runs = 0;
    // signOutAction ends the caller's session; it is fuzzed anonymously only.
    const actionCase = fc
      .record({ action: fc.constantFrom(...actions), caller: fc.constantFrom<Caller>("anonymous", "runner") })
      .filter(({ action, caller }) => caller === "anonymous" || action.name !== "signOutAction")
      .chain(({ action, caller }) =>
        actionBody(action, { a: planA, b: planB }).map((body) => ({ action, caller, body })),
      );
    await fc.assert(
      fc.asyncProperty(actionCase, async ({ action, caller, body }) => {
        runs++;
        const answer = await callAction(action, caller, body);
        const what = `${action.name} (${action.page}) as ${caller}, ${body.label}: ${typeof body.body === "string" ? body.body.slice(0, 200) : "[form]"} → ${answer.status} ${answer.text.slice(0, 300)}`;
        statuses.set(`${action.name} ${answer.status}`, (statuses.get(`${action.name} ${answer.status}`) ?? 0) + 1);
        expect(leaksInternals(answer.text), what).toBe(false);
        if (answer.status >= 500) {
          const why = nextOwn500(answer, body);
          expect(why, `an unexpected 5xx: ${what}`).toBeDefined();
          expected5xx.set(why!, (expected5xx.get(why!) ?? 0) + 1);
        }
        expect(await digest(), `${what} changed the database`).toBe(before);
      }),
      { numRuns: 250 },
    );
    console.log(
      `[fuzz] ${runs} server action cases over ${actions.length} actions: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; Next's own 500s: ${JSON.stringify(Object.fromEntries(expected5xx))}`,
    );
  });

  it("a 5 MB server action body is refused with 413 and a sentence before any of our code runs", async () => {
    const action = discoverActions(planB).find((a) => a.name === "saveCheckInAction")!;
    const before = await digest();
    const answer = await callAction(action, "runner", {
      label: "5 MB",
      contentType: "text/plain;charset=UTF-8",
      body: JSON.stringify([planA, { note: "x".repeat(5 * 1024 * 1024) }]),
    });
    // Our server (lib/cli/serve.ts) answers a declared length over serverActions.bodySizeLimit itself;
    // Next would give its bare flight error (a 500 with a digest).
    expect(answer.status, answer.text.slice(0, 300)).toBe(413);
    expect(isHumanSentence(errorOf(JSON.parse(answer.text))?.message)).toBe(true);
    expect(leaksInternals(answer.text)).toBe(false);
    expect(await digest()).toBe(before);
  });
});
