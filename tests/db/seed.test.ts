import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/scripts/seed";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();

describe("demo seed", () => {
  it("creates a physio and runners in different phases with weeks of check-ins", async () => {
    await seedDemo(db, "2026-11-21");
    const users = await db.execute<{ role: string; n: number }>(
      sql`select role, count(*)::int as n from "user" group by role order by role`,
    );
    expect(users.rows).toEqual([
      { role: "physio", n: 1 },
      { role: "runner", n: 6 },
    ]);
    const plans = await db.execute<{ phase: number; status: string; checkins: number }>(
      sql`select p.phase, p.status, (select count(*)::int from check_ins c where c.plan_id = p.id) as checkins from plans p`,
    );
    expect(new Set(plans.rows.map((p) => p.phase)).size).toBeGreaterThanOrEqual(4);
    expect(plans.rows.some((p) => p.status === "paused_red_flag")).toBe(true);
    expect(Math.max(...plans.rows.map((p) => p.checkins))).toBeGreaterThanOrEqual(21);
    const credentials = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from account where provider_id = 'credential' and password is not null`,
    );
    expect(credentials.rows[0]?.n).toBe(7);
  });
});
