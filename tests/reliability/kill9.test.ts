// kill -9 of the whole app (start script, Next and PostgreSQL at once) ten times while clients stream
// check-ins; after each kill the same start command restarts it on the same data folder. Afterwards
// every check-in that got a success answer is in the database with the values sent, or with a later
// value for the same day. Requests cut off by a kill may or may not have been saved: both are fine.
import { findFreePorts } from "@/lib/db/postgres-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crash, expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, canonical, createPlan, daysAgo, pgUrl, sql, storedCheckIns } from "./support/db";
import { postJson, signUp, type Session } from "./support/http";

// Free ports, taken once: every restart uses the same two, as a user's PGPORT and PORT would.
const [PORT, PG_PORT] = (await findFreePorts(2)) as [number, number];
const ROOT = `.data/reliability-kill9-${PORT}`;
const KILLS = 10;
const RUNNERS = 4; // better-auth allows 5 sign-ups a minute from one address
const DAYS = 7; // today and the six days before: every runner has 7 valid days to report
const WORKERS_PER_RUNNER = 2; // each owns half of the runner's days, so 8 streams at once

type Outcome = "acked" | "cut" | "unavailable" | "rejected";
type Send = { seq: number; body: string; outcome: Outcome; status: number };

let app: App | undefined;
const startOptions = { port: PORT, root: ROOT, env: { PGPORT: String(PG_PORT) } };

beforeAll(async () => {
  removeRoot(ROOT);
  app = await startApp({ ...startOptions, build: true });
});

afterAll(async () => {
  if (app) await stopApp(app);
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

// A small seeded generator, so a failing run can be replayed with the seed it prints.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe("kill -9 while check-ins stream in", () => {
  it(`loses no acknowledged check-in over ${KILLS} crashes`, async () => {
    const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
    const rand = random(seed);
    const baseUrl = app!.baseUrl;
    const url = pgUrl(PG_PORT, ROOT);

    const runners: { session: Session; planId: string }[] = [];
    for (let i = 0; i < RUNNERS; i++) {
      const session = await signUp(baseUrl, `Crash Runner ${i + 1}`);
      runners.push({ session, planId: await createPlan(url, session.email, 7) });
    }

    // Every send per (plan, date), in the order sent. One worker owns a slot, and a worker waits for
    // each answer before it sends the next, so the order of sends per slot is the order of commits.
    const sends = new Map<string, Send[]>();
    let acked = 0;
    let stopped = false;
    const statuses = new Map<string, number>();
    const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);

    async function worker(runner: (typeof runners)[number], dates: string[], id: number) {
      for (let seq = id * 1_000_000; !stopped; seq++) {
        const date = dates[seq % dates.length]!;
        // minutes and sleep hours together make every payload of a slot different.
        const n = Math.floor(seq / dates.length);
        const payload = buildCheckIn(date, { minutes: n % 601, sleepHours: (Math.floor(n / 601) % 241) / 10 });
        const slot = `${runner.planId} ${date}`;
        const send: Send = { seq, body: canonical(payload), outcome: "cut", status: 0 };
        sends.set(slot, [...(sends.get(slot) ?? []), send]);
        try {
          const answer = await postJson(
            app!.baseUrl,
            `/api/plans/${runner.planId}/check-ins`,
            payload,
            runner.session,
            10_000,
          );
          send.status = answer.status;
          send.outcome =
            answer.status === 200 || answer.status === 201
              ? "acked"
              : answer.status === 503
                ? "unavailable"
                : "rejected";
          count(String(answer.status));
          if (send.outcome === "acked") acked++;
          if (send.outcome === "unavailable") await new Promise((r) => setTimeout(r, 50));
        } catch {
          count("connection error");
          await new Promise((r) => setTimeout(r, 50)); // the app is down: try again shortly
        }
      }
    }

    const dates = Array.from({ length: DAYS }, (_, i) => daysAgo(i));
    const workers = runners.flatMap((runner, r) =>
      Array.from({ length: WORKERS_PER_RUNNER }, (_, w) =>
        worker(
          runner,
          dates.filter((_, i) => i % WORKERS_PER_RUNNER === w),
          r * WORKERS_PER_RUNNER + w,
        ),
      ),
    );

    const restarts: number[] = [];
    const ackedPerLife: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const ackedBefore = acked;
      // Let the stream run for 0.5–2.5 s, and at least until some check-ins of this life were acknowledged.
      const wait = 500 + rand() * 2_000;
      const since = Date.now();
      while (Date.now() - since < wait || acked - ackedBefore < 5) await new Promise((r) => setTimeout(r, 10));
      ackedPerLife.push(acked - ackedBefore);
      await crash(app!);
      const t0 = performance.now();
      app = await startApp(startOptions);
      restarts.push(performance.now() - t0);
    }
    // One more stretch after the last restart, then stop the clients and let the last answers arrive.
    const ackedBefore = acked;
    while (acked - ackedBefore < 20) await new Promise((r) => setTimeout(r, 10));
    ackedPerLife.push(acked - ackedBefore);
    stopped = true;
    await Promise.all(workers);

    // What the database holds against what was acknowledged.
    const rows = new Map((await storedCheckIns(url)).map((row) => [`${row.plan_id} ${row.date}`, canonical(row.data)]));
    const problems: string[] = [];
    for (const [slot, list] of sends) {
      const lastAck = list.findLastIndex((s) => s.outcome === "acked");
      const stored = rows.get(slot);
      if (lastAck < 0) {
        if (stored !== undefined && !list.some((s) => s.body === stored && s.outcome !== "rejected"))
          problems.push(`${slot}: holds a value nobody sent`);
        continue;
      }
      if (stored === undefined) {
        problems.push(`${slot}: acknowledged check-in #${list[lastAck]!.seq} is missing`);
        continue;
      }
      // The last acknowledged value, or one sent after it whose answer was cut off by a kill.
      const later = list.slice(lastAck).findIndex((s) => s.body === stored);
      if (later < 0)
        problems.push(`${slot}: holds ${stored}, not the acknowledged #${list[lastAck]!.seq} or a later one`);
      else if (later > 0 && list[lastAck + later]!.outcome === "rejected")
        problems.push(`${slot}: holds a rejected value`);
    }
    const extra = [...rows.keys()].filter((slot) => !sends.has(slot));

    const sent = [...sends.values()].reduce((n, list) => n + list.length, 0);
    console.log(
      `[kill9] seed ${seed}: ${sent} check-ins sent, ${acked} acknowledged (per life ${ackedPerLife.join(", ")}), ` +
        `${rows.size} rows; answers ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `restart after kill -9 (to /api/health 200): median ${Math.round(median(restarts))} ms, max ${Math.round(Math.max(...restarts))} ms ` +
        `[${restarts.map((ms) => Math.round(ms)).join(", ")}]`,
    );

    expect(problems, `seed ${seed}`).toEqual([]);
    expect(extra).toEqual([]);
    expect(acked).toBeGreaterThan(KILLS * 5);
    // Nothing but successes, 503 while the database went down with the app, and cut connections.
    expect([...statuses.keys()].filter((s) => !["200", "201", "503", "connection error"].includes(s))).toEqual([]);

    // Every plan still replays after the crashes, and its dashboard snapshot matches its check-ins.
    for (const runner of runners) {
      const response = await fetch(`${app!.baseUrl}/api/plans/${runner.planId}`, {
        headers: { Cookie: runner.session.cookie },
      });
      expect(response.status).toBe(200);
      const [plan] = await sql<{ last: string | null; count: number; stored: number; newest: string }>(
        url,
        `select p.last_check_in_on::text as last, (p.summary->>'checkInCount')::int as count,
                (select count(*)::int from check_ins c where c.plan_id = p.id) as stored,
                (select max(date)::text from check_ins c where c.plan_id = p.id) as newest
           from plans p where p.id = $1`,
        [runner.planId],
      );
      expect(plan, `snapshot of ${runner.planId}`).toEqual({
        last: plan!.newest,
        count: plan!.stored,
        stored: plan!.stored,
        newest: plan!.newest,
      });
    }
  });
});
