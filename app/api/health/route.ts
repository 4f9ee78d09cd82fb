// GET /api/health: 200 when the database answers, 503 when it does not; with the job queue's state
// (lib/jobs/status.ts): when the reminder scan last ran, and notifications queued, retrying, failed.
// A server started within the last 3 minutes has not had its first scan yet: not overdue then.
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobStatus, type JobStatus } from "@/lib/jobs/status";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3_000))]);
}

export async function GET() {
  const db = getDb();
  try {
    await withTimeout(db.execute(sql`select 1`));
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503, headers });
  }
  let jobs: (JobStatus & { state: "ok" | "overdue" | "starting" }) | { state: "unreadable" };
  try {
    const status = await withTimeout(jobStatus(db));
    const starting = process.uptime() < 180;
    jobs = { ...status, state: !status.scanOverdue ? "ok" : starting ? "starting" : "overdue" };
  } catch {
    // The role serving the app cannot read the queue: the jobs cannot run either (start refuses it).
    jobs = { state: "unreadable" };
  }
  return Response.json({ status: "ok", database: "up", jobs }, { headers });
}
