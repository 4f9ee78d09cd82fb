// fast-check generated bad input against every route handler and every server action, as a runner,
// as another runner, as a physio and anonymously: always a 4xx with a sentence a person can read
// (never a 5xx, never a stack trace) and the database unchanged. Oversized bodies are refused quickly.
// The cases are in support/fuzz-routes.ts and support/fuzz-actions.ts, built from the arbitraries in
// support/fuzz-check-ins.ts and support/fuzz-bodies.ts; support/fuzz-harness.ts sends and checks them.
import fc from "fast-check";
import pg from "pg";
import { findFreePort } from "@/lib/db/postgres-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, createPlan, daysAgo, pgUrl, sql } from "./support/db";
import { actionBody, discoverActions, nextOwn500 } from "./support/fuzz-actions";
import { callAction, checkRefusal, digest, send, someIp, type Caller, type Target } from "./support/fuzz-harness";
import { discoverRoutes, KNOWN_ROUTES, routeCases } from "./support/fuzz-routes";
import { errorOf, isHumanSentence, leaksInternals, postJson, signUp, type Session } from "./support/http";

const PORT = await findFreePort();
const ROOT = `.data/reliability-fuzz-${PORT}`;

let app: App;
let db: pg.Client;
const sessions: Partial<Record<Caller, Session>> = {};
let planA = ""; // the runner's plan
let planB = ""; // the other runner's plan, linked to the physio
let target: Target;

beforeAll(async () => {
  removeRoot(ROOT);
  app = await startApp({ port: PORT, root: ROOT, build: true });
  const url = pgUrl(app.pgPort!, ROOT);
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
  target = { baseUrl: app.baseUrl, sessions };
});

afterAll(async () => {
  await db?.end();
  if (app) await stopApp(app);
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

describe("fuzzing every route handler and server action", () => {
  it("knows every route handler in app/api", () => {
    const routes = discoverRoutes();
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes)
      expect(KNOWN_ROUTES[route.path], `${route.file} is new: add its bad inputs to the fuzz test`).toBeDefined();
  });

  it("route handlers answer bad input with a 4xx and a sentence, and change nothing", async () => {
    const before = await digest(db);
    const seen = new Map<string, number>();
    let runs = 0;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(routeCases({ a: planA, b: planB }), async (c) => {
        runs++;
        const answer = await send(target, c);
        seen.set(
          `${c.label.replace(/ \(.*/, "")} ${answer.status}`,
          (seen.get(`${c.label.replace(/ \(.*/, "")} ${answer.status}`) ?? 0) + 1,
        );
        slowest = Math.max(slowest, answer.ms); // reported, not asserted: speed is the bench's
        checkRefusal(c, answer);
        expect(await digest(db), `${c.label} changed the database`).toBe(before);
      }),
      { numRuns: 400 },
    );
    console.log(
      `[fuzz] ${runs} route cases, slowest ${Math.round(slowest)} ms: ${JSON.stringify(Object.fromEntries([...seen].sort()))}`,
    );
  });

  it("refuses oversized bodies with a sentence, whether they declare a length or stream without one", async () => {
    const before = await digest(db);
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
    expect(await digest(db)).toBe(before);
    console.log(`[fuzz] oversized: ${timings.join("; ")}`);
  });

  it("server actions never answer a 5xx or a stack trace (but for Next's own, listed below), and change nothing", async () => {
    const actions = discoverActions(planB);
    expect(actions.map((a) => a.name)).toContain("saveCheckInAction");
    const before = await digest(db);
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
        const answer = await callAction(target, action, caller, body);
        const what = `${action.name} (${action.page}) as ${caller}, ${body.label}: ${typeof body.body === "string" ? body.body.slice(0, 200) : "[form]"} → ${answer.status} ${answer.text.slice(0, 300)}`;
        statuses.set(`${action.name} ${answer.status}`, (statuses.get(`${action.name} ${answer.status}`) ?? 0) + 1);
        expect(leaksInternals(answer.text), what).toBe(false);
        if (answer.status >= 500) {
          const why = nextOwn500(answer, body);
          expect(why, `an unexpected 5xx: ${what}`).toBeDefined();
          expected5xx.set(why!, (expected5xx.get(why!) ?? 0) + 1);
        }
        expect(await digest(db), `${what} changed the database`).toBe(before);
      }),
      { numRuns: 250 },
    );
    console.log(
      `[fuzz] ${runs} server action cases over ${actions.length} actions: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; Next's own 500s: ${JSON.stringify(Object.fromEntries(expected5xx))}`,
    );
  });

  it("a 5 MB server action body is refused with 413 and a sentence before any of our code runs", async () => {
    const action = discoverActions(planB).find((a) => a.name === "saveCheckInAction")!;
    const before = await digest(db);
    const answer = await callAction(target, action, "runner", {
      label: "5 MB",
      contentType: "text/plain;charset=UTF-8",
      body: JSON.stringify([planA, { note: "x".repeat(5 * 1024 * 1024) }]),
    });
    // Our server (lib/runtime/serve.ts) answers a declared length over serverActions.bodySizeLimit itself;
    // Next would give its bare flight error (a 500 with a digest).
    expect(answer.status, answer.text.slice(0, 300)).toBe(413);
    expect(isHumanSentence(errorOf(JSON.parse(answer.text))?.message)).toBe(true);
    expect(leaksInternals(answer.text)).toBe(false);
    expect(await digest(db)).toBe(before);
  });
});
