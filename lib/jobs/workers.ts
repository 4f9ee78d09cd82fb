// The job workers, run inside every app server (lib/cli/serve.ts). Each server polls the same queues
// on the same database; pg-boss hands each job to one worker (SELECT ... FOR UPDATE SKIP LOCKED), its
// cron sends the minute's scan once however many servers run, and our delivery keys make every
// notification go out once even when a job runs twice (lib/notify/deliver.ts).
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { errorCodeOf, logger } from "@/lib/log/logger";
import { deliverNotification, pruneDeliveries } from "@/lib/notify/deliver";
import { scanDueNotifications } from "@/lib/notify/scan";
import { JOB_SCHEMA, NOTIFY_QUEUE, SCAN_QUEUE } from "./queues";

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

export async function startJobWorkers(options: WorkerOptions): Promise<PgBoss> {
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    migrate: false,
    max: 3,
    schedule: options.cron !== false,
    supervise: true,
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
  if (options.cron !== false) {
    await boss.schedule(SCAN_QUEUE, "* * * * *", {}, { tz: "UTC" });
    await boss.work(SCAN_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
      const at = now();
      await scanDueNotifications(options.db, at);
      await pruneDeliveries(options.db, at);
    });
  }
  return boss;
}
