// The job queues on PostgreSQL (pg-boss 10, in its own schema "pgboss" of the app's database).
// Queues are made once by the database owner at start (lib/jobs/prepare.ts); the app role only uses them.
import PgBoss from "pg-boss";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

export const JOB_SCHEMA = "pgboss";
export const NOTIFY_QUEUE = "notify";
export const SCAN_QUEUE = "notify-scan";

// Every queue with its options: a failed send is retried with back-off (30 s, 1 min, 2 min...), a worker
// that died mid-job (kill -9) gives its job back after the expiry.
export const QUEUES: { name: string; options: Omit<PgBoss.Queue, "name"> }[] = [
  {
    name: NOTIFY_QUEUE,
    options: {
      policy: "standard",
      retryLimit: 6,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
      retentionMinutes: 60 * 24,
    },
  },
  // A scan more than one at a time would only do the same work twice: one queued per key at most.
  {
    name: SCAN_QUEUE,
    options: { policy: "short", retryLimit: 1, retryDelay: 10, expireInSeconds: 120, retentionMinutes: 60 },
  },
];

// pg-boss speaks "$1, $2" SQL; drizzle runs it on our pool or inside our transaction.
function executorOf(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`,
      );
      const result = await db.execute(sql.join(chunks, sql.raw("")));
      return { rows: result.rows as unknown[] } as never;
    },
  };
}

// A sender that never connects by itself: each send runs on the db (or transaction) it is given.
const holder = globalThis as typeof globalThis & { __comebackBossSender?: PgBoss };
function sender(): PgBoss {
  holder.__comebackBossSender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: { executeSql: () => Promise.reject(new Error("pass a db to each send")) },
    supervise: false,
    schedule: false,
    migrate: false,
  });
  return holder.__comebackBossSender;
}

export async function enqueue(
  db: Db,
  queue: string,
  data: object,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  return sender().send(queue, data, { ...options, db: executorOf(db) });
}
