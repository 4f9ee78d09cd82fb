// Two production app servers on one PostgreSQL, as "more app servers" scales Comeback out (docs/operations.md,
// Production layout): the second starts with DATABASE_URL (the owner's, for migrations and the job queue) and
// DATABASE_APP_URL (the app role, which it serves as) on the first one's embedded database, and the
// same session secret. Both serve, run job workers and cron as the app role, as the first does: no
// server here has the owner's rights. Sessions, limits, check-ins and jobs live in PostgreSQL, so it
// must not matter which server answers.
import fs from "node:fs";
import path from "node:path";
import { adminUrlOf, findFreePorts } from "@/lib/db/postgres-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDirOf, expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, createPlan, daysAgo, pgUrl, sql, today } from "./support/db";
import { PASSWORD, postJson, signIn, signUp } from "./support/http";

const [PORT_A, PORT_B] = (await findFreePorts(2)) as [number, number];
const ROOT = `.data/reliability-two-servers-${PORT_A}`;
const ROOT_A = `${ROOT}/a`;
const ROOT_B = `${ROOT}/b`;

let a: App | undefined;
let b: App | undefined;
let url = "";

beforeAll(async () => {
  removeRoot(ROOT);
  a = await startApp({ port: PORT_A, root: ROOT_A, build: true });
  url = pgUrl(a.pgPort!, ROOT_A);
  // The owner's URL, as a production server gets its DATABASE_URL: migrations and the job queue are
  // prepared again (nothing left to do) while the first server runs; it serves as the app role.
  const secret = fs.readFileSync(path.resolve(ROOT_A, "auth-secret"), "utf8").trim();
  const appUrl = new URL(url);
  appUrl.username = "comeback_app";
  appUrl.password = fs.readFileSync(path.resolve(ROOT_A, "app-db-password"), "utf8").trim();
  b = await startApp({
    port: PORT_B,
    root: ROOT_B,
    env: { DATABASE_URL: url, DATABASE_APP_URL: appUrl.toString(), BETTER_AUTH_SECRET: secret },
  });
});

afterAll(async () => {
  if (b) await stopApp(b);
  if (a) await stopApp(a);
  await expectNothingLeft(ROOT_B, PORT_B);
  await expectNothingLeft(ROOT_A, PORT_A);
  removeRoot(ROOT);
});

// From one client address (through the trusted proxy): the count of one account tried from one address.
async function signInAttempt(baseUrl: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: baseUrl,
      "X-Forwarded-For": "10.77.0.9",
    },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(20_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("two app servers on one PostgreSQL", () => {
  it("a runner signed in on one server checks in on the other, and both see it", async () => {
    const session = await signUp(a!.baseUrl, "Server Hopper");
    const planId = await createPlan(url, session.email, 7);
    const saved = await postJson(
      b!.baseUrl,
      `/api/plans/${planId}/check-ins`,
      buildCheckIn(today(), { painDuring: 1 }),
      session,
    );
    expect(saved.status, saved.text).toBe(201);
    const listed = await fetch(`${a!.baseUrl}/api/plans/${planId}/check-ins`, {
      headers: { Cookie: session.cookie },
    }).then((r) => r.json() as Promise<{ checkIns: { date: string; painDuring: number }[] }>);
    expect(listed.checkIns).toEqual([expect.objectContaining({ date: today(), painDuring: 1 })]);
    // Signed out on B: the session is gone on A too.
    const signOut = await fetch(`${b!.baseUrl}/api/auth/sign-out`, {
      method: "POST",
      headers: { Cookie: session.cookie, Origin: b!.baseUrl, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    const after = await fetch(`${a!.baseUrl}/api/plans/${planId}/check-ins`, { headers: { Cookie: session.cookie } });
    expect(after.status).toBe(401);
  });

  it("counts wrong passwords for one account across both servers", async () => {
    const { email } = await signUp(a!.baseUrl, "Limit Counter");
    const statuses: number[] = [];
    // Five wrong guesses from one address, alternating servers; the sixth attempt is refused even with the
    // right password, on either server.
    for (let i = 0; i < 5; i++)
      statuses.push(await signInAttempt(i % 2 === 0 ? a!.baseUrl : b!.baseUrl, email, "wrong-password-1"));
    expect(
      statuses.every((s) => s === 401),
      statuses.join(","),
    ).toBe(true);
    expect(await signInAttempt(b!.baseUrl, email, PASSWORD)).toBe(429);
    expect(await signInAttempt(a!.baseUrl, email, PASSWORD)).toBe(429);
  });

  it("stores one row when the same day's check-in reaches both servers at once", async () => {
    const first = await signUp(a!.baseUrl, "Both At Once");
    const second = await signIn(b!.baseUrl, first.email);
    const planId = await createPlan(url, first.email, 7);
    const path = `/api/plans/${planId}/check-ins`;
    for (let day = 0; day < 5; day++) {
      const date = daysAgo(day);
      const answers = await Promise.all([
        postJson(a!.baseUrl, path, buildCheckIn(date, { painRest: 1 }), first),
        postJson(b!.baseUrl, path, buildCheckIn(date, { painRest: 2 }), second),
      ]);
      // One "saved" (201) and one "corrected" (200), whichever server was first.
      expect(answers.map((x) => x.status).sort(), answers.map((x) => x.text).join(" | ")).toEqual([200, 201]);
    }
    const perDay = await sql<{ date: string; n: number }>(
      url,
      `select to_char(date, 'YYYY-MM-DD') as date, count(*)::int as n from check_ins where plan_id = $1 group by date order by date`,
      [planId],
    );
    expect(perDay.map((r) => r.n)).toEqual([1, 1, 1, 1, 1]);
  });

  it("runs a day's reminder once, though both servers run the job queue's workers and cron", async () => {
    const runner = await signUp(b!.baseUrl, "Remind Me Once");
    await createPlan(url, runner.email, 7);
    const [user] = await sql<{ id: string }>(url, `select id from "user" where email = $1`, [runner.email]);
    // Due at once in any time zone: the reminder time is midnight, and no check-in today.
    await sql(
      url,
      `insert into notification_preferences (user_id, reminder_time, reminder_channels) values ($1, '00:00', 'email') on conflict (user_id) do update set reminder_time = '00:00', reminder_channels = 'email'`,
      [user!.id],
    );

    // Both servers serve, and so run their workers, as the app role: no client of the owner's is left.
    // Read as the superuser: the owner, no superuser itself, does not see other roles' sessions in full.
    const roles = await sql<{ usename: string }>(
      adminUrlOf(dataDirOf(ROOT_A), a!.pgPort!),
      `select distinct usename from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    expect(roles.map((r) => r.usename)).toEqual(["comeback_app"]);
    // The real cron, once a minute: the send within two scans.
    await expect
      .poll(
        async () => (await sql(url, `select key from notification_deliveries where user_id = $1`, [user!.id])).length,
        {
          timeout: 150_000,
          interval: 1_000,
          message: "no reminder was sent: the cron or the notify worker did not run",
        },
      )
      .toBeGreaterThan(0);
    // Let both servers' cron run the scan at least once more after the send: still one of each.
    const scans = async () =>
      (
        await sql<{ n: number }>(
          url,
          `select count(*)::int as n from pgboss.job where name = 'notify-scan' and state = 'completed'`,
        )
      )[0]?.n ?? 0;
    const scansBefore = await scans();
    await expect
      .poll(scans, { timeout: 90_000, interval: 1_000, message: "the cron ran no further scan" })
      .toBeGreaterThanOrEqual(scansBefore + 1);
    expect(
      await sql(url, `select 1 from notification_runs where user_id = $1 and kind = 'reminder'`, [user!.id]),
    ).toHaveLength(1);
    expect(await sql(url, `select 1 from notification_deliveries where user_id = $1`, [user!.id])).toHaveLength(1);
    const mails = [ROOT_A, ROOT_B]
      .flatMap((root) => mailFiles(path.resolve(root, "mail")))
      .filter((text) => text.toLowerCase().includes(runner.email.toLowerCase()));
    // The sign-up confirmation and the one reminder; no second reminder from the other server.
    expect(mails).toHaveLength(2);
  });
});

function mailFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}
