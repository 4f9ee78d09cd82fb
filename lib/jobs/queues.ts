// The job queues on PostgreSQL (pg-boss 12, in its own schema "pgboss" of the app's database).
// Every queue, pg-boss's own included, is made once by the database owner at start
// (lib/jobs/prepare.ts); the app role only sends, fetches and completes jobs.
import { fromDrizzle, PgBoss, type Queue, type SendOptions } from "pg-boss";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

export const JOB_SCHEMA = "pgboss";
export const NOTIFY_QUEUE = "notify";
export const SCAN_QUEUE = "notify-scan";
// pg-boss's internal queue for cron: its timekeeper puts each due schedule on it, and a worker there
// sends the scheduled job. pg-boss makes it at the first start with cron on; a role without rights to
// make a queue could not, and the cron then never sent anything. Made by the owner with ours.
export const CRON_QUEUE = "__pgboss__send-it";

type QueueSpec = { name: string; options: Omit<Queue, "name"> };

// Every queue with its options: a failed send is retried with back-off (30 s, 1 min, 2 min...), a worker
// that died mid-job (kill -9) gives its job back after the expiry. Job data holds ids, so finished jobs
// go after a day (deleteAfterSeconds), and deleting an account deletes its jobs at once.
export const QUEUES: QueueSpec[] = [
  {
    name: NOTIFY_QUEUE,
    options: {
      policy: "standard",
      retryLimit: 6,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
      retentionSeconds: 24 * 3600,
      deleteAfterSeconds: 24 * 3600,
    },
  },
  // A scan more than one at a time would only do the same work twice: one queued per key at most.
  {
    name: SCAN_QUEUE,
    options: {
      policy: "short",
      retryLimit: 1,
      retryDelay: 10,
      expireInSeconds: 120,
      retentionSeconds: 3600,
      deleteAfterSeconds: 3600,
    },
  },
  // pg-boss's own defaults for its cron queue, as it would make it.
  { name: CRON_QUEUE, options: { policy: "standard" } },
];

// A sender per database pool, started once without cron, maintenance or migration: it only looks up
// queues (pg-boss 12 keeps their policies in a cache it fills at start) and inserts jobs, on the
// transaction given when there is one, so a job exists exactly when the work that queued it commits.
const holder = globalThis as typeof globalThis & { __comebackBossSenders?: WeakMap<Db, Promise<PgBoss>> };
function senderFor(db: Db): Promise<PgBoss> {
  const senders = (holder.__comebackBossSenders ??= new WeakMap());
  let sender = senders.get(db);
  if (!sender) {
    const boss = new PgBoss({
      schema: JOB_SCHEMA,
      db: fromDrizzle(db, sql),
      supervise: false,
      schedule: false,
      migrate: false,
      registerInstance: false,
    });
    boss.on("error", () => undefined);
    sender = boss.start();
    // A failed start is tried again by the next send, not kept.
    sender.catch(() => senders.delete(db));
    senders.set(db, sender);
  }
  return sender;
}

/** Queues a job on `db`'s database, inside `options.tx` when given (a transaction on the same database). */
export async function enqueue(
  db: Db,
  queue: string,
  data: object,
  options: SendOptions & { tx?: Db } = {},
): Promise<string | null> {
  const { tx, ...sendOptions } = options;
  const sender = await senderFor(db);
  return sender.send(queue, data, { ...sendOptions, db: fromDrizzle(tx ?? db, sql) });
}

/** Deletes every job whose data names the user or one of their plans (job data holds ids only), in the
 * transaction that deletes the account, so no id of theirs waits in the queue for a day. */
export async function deleteJobsAbout(db: Db, userId: string): Promise<void> {
  await db.execute(sql`delete from ${sql.identifier(JOB_SCHEMA)}.job
    where data->>'userId' = ${userId}
       or data->>'planId' in (select id::text from plans where runner_id = ${userId})`);
}
