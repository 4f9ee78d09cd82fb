// Reminders and physio alerts on a real database with two job workers (two pg-boss instances, as two
// app servers would run) and the local SMTP sink. The scan's clock is a parameter: no sleeping to 20:00.
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { insertPlan } from "@/lib/server/plan/queries";
import { notificationPreferences, user } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";
import { prepareJobs } from "@/lib/jobs/prepare";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { startJobWorkers } from "@/lib/jobs/workers";
import { optOut, unsubscribeToken } from "@/lib/mail/unsubscribe";
import { scanDueNotifications } from "@/lib/server/notification/scan";
import { sendMessage } from "@/lib/server/messaging/messages";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { buildCheckIn } from "../engine/factories";
import { createCheckIn } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { eventually, mailsTo, startSink } from "./helpers";

const { db, url } = await createTestDatabase();
const sink = await startSink();
const workers: PgBoss[] = [];

beforeAll(async () => {
  await prepareJobs(url);
  // Two servers: each its own pool and its own pg-boss on the same database.
  for (let i = 0; i < 2; i++)
    workers.push(
      await startJobWorkers({ connectionString: url, db: createDb(url, 3).db, cron: false, pollSeconds: 0.5 }),
    );
});
// The scan looks at every user: each test starts with none (and so none of their queued jobs).
beforeEach(async () => {
  await eventually(jobsSettled).catch(async (e) => {
    console.log(
      JSON.stringify(
        (await db.execute(sql`select name, state, data, output from pgboss.job where state <> 'completed'`)).rows,
      ),
    );
    throw e;
  });
  await db.execute(sql`delete from "user"`);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop({ graceful: false })));
});

async function runnerWithPlan(timeZone = "Europe/Amsterdam", physioId?: string) {
  const runner = await createCaller(db);
  await db.update(user).set({ timeZone }).where(eq(user.id, runner.id));
  const intake = Intake.parse({
    site: "calf",
    tissue: "muscle",
    lastRunOn: "2026-10-01",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-10-10",
  });
  const plan = await insertPlan(db, { runnerId: runner.id, physioId, intake, settings: defaultSettings(intake) });
  return { runner, plan };
}

// Both servers scan at the same moment; the total is what they enqueued between them.
async function scanOnBoth(at: string): Promise<number> {
  const results = await Promise.all([
    scanDueNotifications(db, new Date(at)),
    scanDueNotifications(createDb(url, 2).db, new Date(at)),
  ]);
  return results.reduce((sum, r) => sum + r.reminders, 0);
}

async function jobsSettled() {
  const { rows } = await db.execute(
    sql`select count(*)::int as n from pgboss.job where name = ${NOTIFY_QUEUE} and state in ('created', 'retry', 'active')`,
  );
  return (rows[0] as { n: number }).n === 0;
}

describe("the daily check-in reminder", () => {
  // Europe/Amsterdam leaves summer time on Sunday 25 October 2026: 20:00 is 18:00 UTC on the
  // Saturday and 19:00 UTC on the Sunday.
  it.each([
    {
      day: "Saturday, summer time (UTC+2)",
      before: "2026-10-24T17:59:00Z",
      at: "2026-10-24T18:00:00Z",
      later: "2026-10-24T21:30:00Z",
    },
    {
      day: "Sunday, winter time (UTC+1)",
      before: "2026-10-25T18:59:00Z",
      at: "2026-10-25T19:00:00Z",
      later: "2026-10-25T22:30:00Z",
    },
  ])("is sent exactly once at 20:00 local time on $day, with two servers scanning", async ({ before, at, later }) => {
    const { runner } = await runnerWithPlan();
    expect(await scanOnBoth(before)).toBe(0);
    expect(await scanOnBoth(at)).toBe(1);
    const [mail] = await eventually(
      async () => (await mailsTo(sink, runner.email)).length === 1 && mailsTo(sink, runner.email),
    );
    // Scans later that evening, on either server, send nothing more.
    expect(await scanOnBoth(later)).toBe(0);
    await eventually(jobsSettled);
    expect(await mailsTo(sink, runner.email)).toHaveLength(1);
    // What today is, in general words; the one-click unsubscribe that works signed out.
    expect(mail!.subject).toBe("Time for today's check-in");
    expect(mail!.text).toMatch(/Today: (rest day|.*(run|exercises|cross-training|tests))/);
    expect(mail!.text).not.toMatch(/pain|calf|phase/i);
    expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toMatch(
      /\/api\/mail\/unsubscribe\?token=/,
    );
  });

  it("goes out once even when the same reminder job runs twice on two workers", async () => {
    const { runner, plan } = await runnerWithPlan();
    const data = { userId: runner.id, kind: "reminder", planId: plan.id, localDate: "2026-10-27" };
    await Promise.all([
      enqueue(db, NOTIFY_QUEUE, data),
      enqueue(db, NOTIFY_QUEUE, data),
      enqueue(db, NOTIFY_QUEUE, data),
    ]);
    await eventually(jobsSettled);
    expect(await mailsTo(sink, runner.email)).toHaveLength(1);
  });

  it("is not sent when today's check-in exists (a rest day's check-in counts too)", async () => {
    const { runner, plan } = await runnerWithPlan();
    await createCheckIn(db, plan.id, { date: "2026-10-26" });
    expect(await scanOnBoth("2026-10-26T19:30:00Z")).toBe(0);
    // A job already queued before the check-in is dropped at send time.
    await enqueue(db, NOTIFY_QUEUE, { userId: runner.id, kind: "reminder", planId: plan.id, localDate: "2026-10-26" });
    await eventually(jobsSettled);
    expect(await mailsTo(sink, runner.email)).toHaveLength(0);
  });

  it("follows the runner's own time zone and chosen time, and sends nothing for 'none' or after an unsubscribe", async () => {
    const { runner: tokyo } = await runnerWithPlan("Asia/Tokyo");
    await db.insert(notificationPreferences).values({ userId: tokyo.id, reminderTime: "07:30" });
    const { runner: silent } = await runnerWithPlan();
    await db.insert(notificationPreferences).values({ userId: silent.id, reminderChannels: "none" });
    const { runner: unsubscribed } = await runnerWithPlan();
    // The link in the email works without a session: the token alone.
    expect(await optOut(db, unsubscribeToken(unsubscribed.id, "reminders"))).toBe(true);
    // 07:30 in Tokyo on 28 October is 22:30 UTC on the 27th.
    await scanDueNotifications(db, new Date("2026-10-27T22:29:00Z"));
    await eventually(jobsSettled);
    expect(await mailsTo(sink, tokyo.email)).toHaveLength(0);
    await scanDueNotifications(db, new Date("2026-10-27T22:30:00Z"));
    await eventually(async () => (await mailsTo(sink, tokyo.email)).length === 1);
    await scanDueNotifications(db, new Date("2026-10-28T19:05:00Z"));
    await eventually(jobsSettled);
    expect(await mailsTo(sink, silent.email)).toHaveLength(0);
    expect(await mailsTo(sink, unsubscribed.email)).toHaveLength(0);
  });
});

describe("the physio's alerts", () => {
  it("tells the linked physio of a red flag within a minute, with only a link", async () => {
    const physio = await createCaller(db, "physio");
    const { runner, plan } = await runnerWithPlan("Europe/Amsterdam", physio.id);
    const { state } = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: "2026-10-20", nightPain: true }),
      today: "2026-10-20",
    });
    expect(state.status).toBe("paused_red_flag");
    // Sent by the check-in itself (no scan runs in this test); the wait only bounds how long we look.
    const [mail] = await eventually(
      async () => (await mailsTo(sink, physio.email)).length > 0 && mailsTo(sink, physio.email),
      60_000,
    );
    expect(mail!.subject).toBe("A patient needs your attention");
    expect(mail!.text).toContain(`/en/physio/patients/${plan.id}`);
    // No health data and not even the patient's name.
    expect(mail!.text).not.toMatch(/night|pain|calf|red flag/i);
    expect(mail!.text).not.toContain(runner.name);
    // The same (already paused) state reported again tells nobody twice.
    await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: "2026-10-21", nightPain: true }),
      today: "2026-10-21",
    });
    await eventually(jobsSettled);
    expect(await mailsTo(sink, physio.email)).toHaveLength(1);
  });

  it("says 'same day' in the subject of a suspected DVT, still without health data", async () => {
    const physio = await createCaller(db, "physio");
    const { runner, plan } = await runnerWithPlan("Europe/Amsterdam", physio.id);
    await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: "2026-10-20", hotSwollenCalf: true }),
      today: "2026-10-20",
    });
    const [mail] = await eventually(
      async () => (await mailsTo(sink, physio.email)).length > 0 && mailsTo(sink, physio.email),
      60_000,
    );
    expect(mail!.subject).toBe("Same day: a patient needs your attention");
    expect(mail!.text).not.toMatch(/calf|swollen|DVT|thrombo|pain|red flag/i);
    expect(mail!.text).not.toContain(runner.name);
  });

  it("tells the physio of a runner's message by email with a link to the thread, never its words", async () => {
    const physio = await createCaller(db, "physio");
    const { runner, plan } = await runnerWithPlan("Europe/Amsterdam", physio.id);
    await sendMessage(db, runner, { planId: plan.id, input: { body: "My knee swells after the long run" } });
    const [mail] = await eventually(
      async () => (await mailsTo(sink, physio.email)).length > 0 && mailsTo(sink, physio.email),
      60_000,
    );
    expect(mail!.text).toContain(`/en/messages/${plan.id}`);
    expect(mail!.text).not.toMatch(/knee|swells|long run/i);
    expect(mail!.text).not.toContain(runner.name);
  });

  it("sends a physio who chose a digest one summary a day at their time, only with alerts waiting", async () => {
    const physio = await createCaller(db, "physio");
    await db
      .insert(notificationPreferences)
      .values({ userId: physio.id, digestEnabled: true, digestTime: "08:00", alertChannels: "email" });
    const { plan } = await runnerWithPlan("Europe/Amsterdam", physio.id);
    expect((await scanDueNotifications(db, new Date("2026-10-29T07:30:00Z"))).digests).toBe(0);
    await db.execute(sql`update plans set status = 'paused_red_flag' where id = ${plan.id}`);
    expect((await scanDueNotifications(db, new Date("2026-10-29T06:59:00Z"))).digests).toBe(0);
    expect((await scanDueNotifications(db, new Date("2026-10-29T07:00:00Z"))).digests).toBe(1);
    expect((await scanDueNotifications(db, new Date("2026-10-29T09:00:00Z"))).digests).toBe(0);
    const [mail] = await eventually(
      async () => (await mailsTo(sink, physio.email)).length === 1 && mailsTo(sink, physio.email),
    );
    expect(mail!.subject).toBe("Patients need your attention");
  });
});
