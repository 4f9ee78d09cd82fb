// The database going away while the app runs (DATABASE_URL mode: our own PostgreSQL, which this test
// stops and starts): clear 503s and a friendly page meanwhile, and within seconds of its return the
// app is healthy again with nothing lost.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAppRole } from "@/lib/db/app-role";
import { findFreePorts, startPostgres, type PostgresServer } from "@/lib/db/postgres-server";
import { expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, canonical, createPlan, daysAgo, storedCheckIns } from "./support/db";
import { errorOf, isHumanSentence, leaksInternals, postJson, signUp } from "./support/http";

const [PORT, PG_PORT] = (await findFreePorts(2)) as [number, number];
const ROOT = `.data/reliability-outage-${PORT}`;
const DATA_DIR = path.resolve(ROOT, "own-postgres");

let postgres: PostgresServer | undefined;
let app: App | undefined;

beforeAll(async () => {
  removeRoot(ROOT);
  postgres = await startPostgres({ dataDir: DATA_DIR, port: PG_PORT });
  app = await startApp({
    port: PORT,
    root: ROOT,
    build: true,
    // The production layout: the owner migrates, the app serves as a role without superuser rights.
    env: {
      DATABASE_URL: postgres.url,
      DATABASE_APP_URL: await ensureAppRole(postgres.url, randomBytes(24).toString("base64url"), postgres.adminUrl),
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
  });
});

afterAll(async () => {
  if (app) await stopApp(app);
  await postgres?.stop();
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - t0)];
};

describe("the database going away while the app runs", () => {
  it("answers 503 with a clear message while it is away, and recovers with nothing lost", async () => {
    const { baseUrl } = app!;
    const url = postgres!.url;
    const runner = await signUp(baseUrl, "Outage Runner");
    const planId = await createPlan(url, runner.email, 7);
    const path = `/api/plans/${planId}/check-ins`;
    const before = buildCheckIn(daysAgo(1), { painDuring: 2, sessionKind: "cross_training", rpe: 5, minutes: 40 });
    expect((await postJson(baseUrl, path, before, runner)).status).toBe(201);
    // Warm the today page so the outage, not a first compile, is what it meets.
    expect((await fetch(`${baseUrl}/en/today`, { headers: { Cookie: runner.cookie } })).status).toBe(200);

    await postgres!.stop();

    // Health: 503 in JSON (how long it takes is logged below, not asserted).
    const [health, healthMs] = await timed(() => fetch(`${baseUrl}/api/health`));
    expect(health.status).toBe(503);
    expect(health.headers.get("content-type")).toContain("application/json");
    expect(await health.json()).toEqual({ status: "unavailable", database: "down" });

    // A check-in: 503 with the app's JSON error and a sentence, in the caller's language too.
    const [during, duringMs] = await timed(() => postJson(baseUrl, path, buildCheckIn(daysAgo(0)), runner));
    expect(during.status, during.text).toBe(503);
    expect(errorOf(during.body)).toMatchObject({ code: "UNAVAILABLE", messageKey: "errors.unavailable" });
    expect(isHumanSentence(errorOf(during.body)?.message)).toBe(true);
    expect(leaksInternals(during.text)).toBe(false);
    const dutch = await fetch(`${baseUrl}${path}`, { headers: { Cookie: runner.cookie, "Accept-Language": "nl" } });
    expect(dutch.status).toBe(503);
    const dutchError = errorOf(await dutch.json());
    expect(isHumanSentence(dutchError?.message)).toBe(true);
    expect(dutchError?.message).not.toBe(errorOf(during.body)?.message);

    // A page: the friendly error page, no stack trace.
    const page = await fetch(`${baseUrl}/en/today`, { headers: { Cookie: runner.cookie } });
    const html = await page.text();
    expect(html).toContain("This page could not load");
    expect(leaksInternals(html)).toBe(false);
    const pageStatus = page.status;

    // PostgreSQL returns on the same port and data folder: healthy again within seconds.
    postgres = await startPostgres({ dataDir: DATA_DIR, port: PG_PORT });
    const [, recoveryMs] = await timed(() =>
      expect
        .poll(() => fetch(`${baseUrl}/api/health`).then((r) => r.status), {
          timeout: 10_000,
          interval: 100,
          message: "not healthy 10 s after the database returned",
        })
        .toBe(200),
    );

    // Nothing lost, and new check-ins save again (the pool's dead connections are replaced).
    const after = buildCheckIn(daysAgo(0), { painRest: 1, sessionKind: "mobility", rpe: 3, minutes: 20 });
    const saved = await postJson(baseUrl, path, after, runner);
    expect(saved.status, saved.text).toBe(201);
    const rows = await storedCheckIns(url);
    expect(rows.map((r) => [r.date, canonical(r.data)])).toEqual([
      [before.date, canonical(before)],
      [after.date, canonical(after)],
    ]);
    expect((await fetch(`${baseUrl}/en/today`, { headers: { Cookie: runner.cookie } })).status).toBe(200);

    console.log(
      `[db-outage] while away: health 503 in ${healthMs} ms, check-in 503 in ${duringMs} ms, today page ${pageStatus}; healthy ${recoveryMs} ms after PostgreSQL was back`,
    );
  });
});
