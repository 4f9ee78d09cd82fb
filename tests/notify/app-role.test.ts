// The job queue as `npm start` sets it up: pg-boss's schema made by the owner, then workers, the cron
// schedule and every send running as the app role, which cannot create or drop a queue.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { APP_ROLE, ensureAppRole } from "@/lib/db/app-role";
import { prepareJobs } from "@/lib/jobs/prepare";
import { enqueue, JOB_SCHEMA, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { checkJobQueue, JobQueueNotReady, startJobWorkers } from "@/lib/jobs/workers";
import { notifyUser } from "@/lib/server/notification/notify";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { eventually, mailsTo, startSink } from "./helpers";

const { db, url } = await createTestDatabase();
const sink = await startSink();
const appUrl = await ensureAppRole(url, randomBytes(24).toString("base64url"));
await prepareJobs(url, APP_ROLE);
// Twice, as a second server starting at the same time would: nothing breaks, nothing is doubled.
await Promise.all([prepareJobs(url, APP_ROLE), prepareJobs(url, APP_ROLE)]);
const app = createDb(appUrl, 3);
let worker: PgBoss | undefined;

afterAll(async () => {
  await worker?.stop({ graceful: false });
  await app.pool.end();
});

describe("jobs as the app role", () => {
  it("start with the cron schedule, take a physio alert and send it", async () => {
    worker = await startJobWorkers({ connectionString: appUrl, db: app.db, pollSeconds: 0.5 });
    const physio = await createCaller(db, "physio");
    await notifyUser(app.db, {
      userId: physio.id,
      kind: "approval_waiting",
      planId: "5b0e3f35-3c55-4c5e-9a55-8a3d1b3f5e21",
    });
    const [mail] = await eventually(
      async () => (await mailsTo(sink, physio.email)).length === 1 && mailsTo(sink, physio.email),
    );
    expect(mail!.subject).toBe("A patient needs your attention");
    const schedules = await db.execute(sql`select name, cron from pgboss.schedule`);
    expect(schedules.rows).toEqual([expect.objectContaining({ name: "notify-scan", cron: "* * * * *" })]);
  });

  it("cannot create a queue's own table or any table (rows only)", async () => {
    const boss = new PgBoss({
      connectionString: appUrl,
      schema: JOB_SCHEMA,
      migrate: false,
      supervise: false,
      schedule: false,
      max: 1,
    });
    boss.on("error", () => {});
    await boss.start();
    try {
      await expect(boss.createQueue("made-by-the-app", { partition: true })).rejects.toThrow(/permission denied/);
    } finally {
      await boss.stop({ graceful: false });
    }
    await expect(app.db.execute(sql`create table pgboss.x (id int)`)).rejects.toThrow();
  });

  it("a missing grant on a job table stops the workers with a sentence naming it", async () => {
    await db.execute(sql.raw(`revoke update on pgboss.job_common from ${APP_ROLE}`));
    try {
      await expect(checkJobQueue(app.db)).rejects.toThrow(
        "the database role serving the app lacks row rights on pgboss.job_common",
      );
      await expect(startJobWorkers({ connectionString: appUrl, db: app.db, cron: false })).rejects.toThrow(
        JobQueueNotReady,
      );
    } finally {
      await prepareJobs(url, APP_ROLE);
    }
    await expect(checkJobQueue(app.db)).resolves.toBeUndefined();
  });

  it("a notification that cannot be queued does not throw to the caller", async () => {
    const broken = createDb(url.replace(/\/[^/]+$/, "/no_such_database"), 1);
    await expect(notifyUser(broken.db, { userId: "someone", kind: "message" })).resolves.toBeUndefined();
    await broken.pool.end();
    // And a queued job's data holds ids and a kind only.
    await enqueue(db, NOTIFY_QUEUE, { userId: "someone", kind: "message" });
    const { rows } = await db.execute(
      sql`select data from pgboss.job where name = ${NOTIFY_QUEUE} order by created_on desc limit 1`,
    );
    expect(Object.keys((rows[0] as { data: object }).data).sort()).toEqual(["kind", "userId"]);
  });
});
