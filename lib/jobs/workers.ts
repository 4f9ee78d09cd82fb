// The job workers, run inside every app server (lib/runtime/serve.ts). Each server polls the same queues
// on the same database; pg-boss hands each job to one worker (SELECT ... FOR UPDATE SKIP LOCKED), its
// cron sends the minute's scan once however many servers run, and our delivery keys make every
// notification go out once even when a job runs twice (lib/server/notification/deliver.ts).
import { PgBoss } from "pg-boss";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { isConnectionFailure } from "@/lib/db/pg-errors";
import { errorCodeOf, logger } from "@/lib/log/logger";
import { deliverNotification, pruneDeliveries } from "@/lib/server/notification/deliver";
import { scanDueNotifications } from "@/lib/server/notification/scan";
import { JOB_SCHEMA, NOTIFY_QUEUE, QUEUES, SCAN_QUEUE } from "./queues";

export type WorkerOptions = {
  connectionString: string;
  db: Db;
  /** The scan's clock; tests move it. */
  now?: () => Date;
  /** Seconds between polls of the notify queue. */
  pollSeconds?: number;
  /** Off in tests that call the scan themselves. */
  cron?: boolean;
};

export class JobQueueNotReady extends Error {}

// What the start as owner (lib/jobs/prepare.ts) should have left: every queue made, and row rights on
// every table of the job schema. Checked before a worker starts, so a missing grant or queue stops the
// server at once with a sentence that says what is missing, not a cron that silently never runs.
export async function checkJobQueue(db: Db): Promise<void> {
  const missingRights = await db.execute<{ table_name: string }>(sql`
    select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${JOB_SCHEMA} and c.relkind in ('r', 'p')
      -- Each right on its own: with a list, has_table_privilege is true when any one of them is held.
      and not (has_table_privilege(c.oid, 'select') and has_table_privilege(c.oid, 'insert')
        and has_table_privilege(c.oid, 'update') and has_table_privilege(c.oid, 'delete'))
    order by 1`);
  if (missingRights.rows.length > 0)
    throw new JobQueueNotReady(
      `the database role serving the app lacks row rights on ${missingRights.rows
        .map((r) => `${JOB_SCHEMA}.${r.table_name}`)
        .join(
          ", ",
        )}: start once with the owner's DATABASE_URL so the grants are made (docs/operations.md, Database roles)`,
    );
  const names = QUEUES.map((q) => q.name);
  const found = await db.execute<{ name: string }>(
    sql`select name from ${sql.identifier(JOB_SCHEMA)}.queue where name in ${names}`,
  );
  const missing = names.filter((name) => !found.rows.some((row) => row.name === name));
  if (missing.length > 0)
    throw new JobQueueNotReady(
      `the job queue lacks ${missing.join(", ")}: start once with the owner's DATABASE_URL (docs/operations.md, Database roles)`,
    );
}

// On a loaded machine the first connection of a starting server can take longer than the pool's connect
// timeout: wait for the database up to a bound, but a missing grant or queue stops the start at once.
async function checkJobQueueOnceReachable(db: Db, waitMs = 30_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await checkJobQueue(db);
    } catch (error) {
      if (error instanceof JobQueueNotReady || !isConnectionFailure(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function startJobWorkers(options: WorkerOptions): Promise<PgBoss> {
  const now = options.now ?? (() => new Date());
  const cron = options.cron !== false;
  await checkJobQueueOnceReachable(options.db);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    migrate: false,
    max: 3,
    schedule: cron,
    supervise: true,
    // Rebuilding an index needs its owner; the app role only keeps rows.
    reindex: false,
  });
  // Job data holds ids and a kind only, but an error message may hold more: log its code.
  boss.on("error", (error) => logger.warn({ code: errorCodeOf(error) }, "job queue error"));
  await boss.start();
  await boss.work(NOTIFY_QUEUE, { pollingIntervalSeconds: options.pollSeconds ?? 2, batchSize: 1 }, async ([job]) => {
    if (!job) return;
    try {
      await deliverNotification(options.db, job.id, job.data);
    } catch (error) {
      logger.warn({ code: errorCodeOf(error), job: job.id }, "notification not sent; it will be retried");
      throw error;
    }
  });
  if (cron) {
    await boss.schedule(SCAN_QUEUE, "* * * * *", {}, { tz: "UTC" });
    await boss.work(SCAN_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
      const at = now();
      await scanDueNotifications(options.db, at);
      await pruneDeliveries(options.db, at);
    });
  }
  return boss;
}
