// The same day's check-in sent at once from two sessions of one runner (say a phone and a laptop):
// one row per day, every answer a success (no 5xx), and the row is one of the two payloads whole,
// never a mix of their fields.
import { findFreePort } from "@/lib/db/postgres-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, canonical, createPlan, daysAgo, pgUrl, sql, storedCheckIns } from "./support/db";
import { postJson, signIn, signUp, type Session } from "./support/http";

const PORT = await findFreePort();
const ROOT = `.data/reliability-concurrency-${PORT}`;
const DAYS = 7; // today and the six days before it
const ROUNDS = 3; // round 1 creates each day's row, rounds 2 and 3 correct it

let app: App | undefined;

beforeAll(async () => {
  removeRoot(ROOT);
  app = await startApp({ port: PORT, root: ROOT, build: true });
});

afterAll(async () => {
  if (app) await stopApp(app);
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

// Two payloads that differ in every field a mix could show up in.
function payloads(date: string, round: number) {
  const phone = buildCheckIn(date, {
    painRest: 1,
    painDuring: 2,
    painAfter: 1,
    painMorning: 0,
    sessionKind: "cross_training",
    rpe: 4,
    minutes: 30 + round,
    completed: true,
    sleepHours: 7.5,
  });
  const laptop = buildCheckIn(date, {
    painRest: 0,
    painDuring: 1,
    painAfter: 2,
    painMorning: 1,
    sessionKind: "mobility",
    rpe: 3,
    minutes: 15 + round,
    completed: false,
    sleepHours: 6,
    restingHr: 55,
  });
  return [phone, laptop] as const;
}

describe("one day's check-in from two sessions at once", () => {
  it("keeps exactly one whole row per day and answers every request with a success", async () => {
    const { baseUrl, pgPort } = app!;
    const url = pgUrl(pgPort!, ROOT);
    const first: Session = await signUp(baseUrl, "Two Devices");
    const second: Session = await signIn(baseUrl, first.email);
    expect(second.cookie).not.toBe(first.cookie);
    const planId = await createPlan(url, first.email, 7);
    const path = `/api/plans/${planId}/check-ins`;

    const statuses: number[] = [];
    const sentPerDate = new Map<string, Set<string>>();
    for (let round = 0; round < ROUNDS; round++) {
      // All days at once, each day from both sessions at once: 2 × 7 simultaneous requests per round.
      await Promise.all(
        Array.from({ length: DAYS }, async (_, i) => {
          const date = daysAgo(i);
          const [a, b] = payloads(date, round);
          const sent = sentPerDate.get(date) ?? new Set<string>();
          sent.add(canonical(a)).add(canonical(b));
          sentPerDate.set(date, sent);
          const answers = await Promise.all([postJson(baseUrl, path, a, first), postJson(baseUrl, path, b, second)]);
          for (const answer of answers) {
            statuses.push(answer.status);
            expect([200, 201], `${date}: ${answer.status} ${answer.text.slice(0, 300)}`).toContain(answer.status);
          }
          // Whichever came second saw the first one's row: at least one of the two is a correction.
          if (round > 0) expect(answers.map((x) => x.status)).toEqual([200, 200]);
        }),
      );

      const rows = await storedCheckIns(url);
      expect(rows.length).toBe(DAYS);
      const counts = await sql<{ n: number }>(
        url,
        `select count(*)::int as n from check_ins where plan_id = $1 group by date having count(*) > 1`,
        [planId],
      );
      expect(counts).toEqual([]);
      for (const row of rows) {
        const [a, b] = payloads(row.date, round).map(canonical);
        // One of this round's two payloads, whole.
        expect([a, b], `${row.date} holds a mix`).toContain(canonical(row.data));
      }
    }

    // The API agrees: one check-in per day.
    const listed = await fetch(`${baseUrl}${path}`, { headers: { Cookie: first.cookie } }).then(
      (r) => r.json() as Promise<{ checkIns: { date: string }[] }>,
    );
    expect(new Set(listed.checkIns.map((c) => c.date)).size).toBe(DAYS);
    expect(listed.checkIns.length).toBe(DAYS);
    console.log(
      `[concurrency] ${statuses.length} simultaneous requests: ${statuses.filter((s) => s === 201).length}× 201, ${statuses.filter((s) => s === 200).length}× 200`,
    );
  });
});
