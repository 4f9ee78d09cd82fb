// What the job queue did, for /api/health: when the cron's scan last finished, and how many
// notifications wait, are being retried or failed for good. Counts and times only, never job data.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { JOB_SCHEMA, NOTIFY_QUEUE, SCAN_QUEUE } from "./queues";

export type JobStatus = {
  lastScanAt: string | null;
  /** No scan finished in the last 3 minutes (the cron runs once a minute). */
  scanOverdue: boolean;
  queued: number;
  retrying: number;
  failed: number;
};

const OVERDUE_MS = 3 * 60_000;

export async function jobStatus(db: Db, now = new Date()): Promise<JobStatus> {
  const { rows } = await db.execute<{
    last_scan: string | Date | null;
    queued: number;
    retrying: number;
    failed: number;
  }>(
    sql.raw(`select
      (select max(completed_on) from ${JOB_SCHEMA}.job where name = '${SCAN_QUEUE}' and state = 'completed') as last_scan,
      count(*) filter (where state in ('created', 'active'))::int as queued,
      count(*) filter (where state = 'retry')::int as retrying,
      count(*) filter (where state = 'failed')::int as failed
      from ${JOB_SCHEMA}.job where name = '${NOTIFY_QUEUE}'`),
  );
  const row = rows[0]!;
  const lastScanAt = row.last_scan ? new Date(row.last_scan) : null;
  return {
    lastScanAt: lastScanAt?.toISOString() ?? null,
    scanOverdue: !lastScanAt || now.getTime() - lastScanAt.getTime() > OVERDUE_MS,
    queued: row.queued,
    retrying: row.retrying,
    failed: row.failed,
  };
}
