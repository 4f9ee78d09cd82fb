import { expect } from "@playwright/test";
import { test } from "./support/test";

test("the health check reports a reachable database and what the job queue did", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { status: string; database: string; jobs: Record<string, unknown> };
  expect(body).toMatchObject({ status: "ok", database: "up" });
  // Counts and times only: the cron's last scan, and the notifications waiting, retrying or failed.
  expect(Object.keys(body.jobs).sort()).toEqual(["failed", "lastScanAt", "queued", "retrying", "scanOverdue", "state"]);
  expect(body.jobs.state).toMatch(/^(ok|starting)$/);
  expect(body.jobs.failed).toBe(0);
});
