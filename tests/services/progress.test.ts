import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemo } from "@/lib/scripts/seed";
import { findUserByEmail } from "@/lib/server/account/user-queries";
import { plans } from "@/lib/db/schema";
import { getProgress } from "@/lib/server/plan/progress";
import { createTestDatabase } from "../setup/test-db";

const TODAY = "2026-11-21";
const { db } = await createTestDatabase();

async function demoCaller(key: string): Promise<SessionUser> {
  const row = await findUserByEmail(db, `${key}@comeback.demo`);
  if (!row) throw new Error(`No demo user ${key}`);
  // The demo physio is seeded as verified.
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    locale: row.locale,
    physioStatus: row.role === "physio" ? "approved" : undefined,
    twoFactorEnabled: row.twoFactorEnabled,
  };
}

let anna: SessionUser;
let annaPlan: string;

beforeAll(async () => {
  await seedDemo(db, TODAY);
  anna = await demoCaller("anna");
  annaPlan = (await db.select({ id: plans.id }).from(plans).where(eq(plans.runnerId, anna.id)))[0]!.id;
});

describe("getProgress", () => {
  it("gives anna (phase 4, weeks of reports) her pain, sessions, levels, phases and projections", async () => {
    const progress = await getProgress(db, anna, annaPlan, TODAY);
    expect(progress.phase).toBe(4);
    expect(progress.startedOn).toBe("2026-10-07");
    // 45 days before today up to today; two skipped days and today not yet reported.
    expect(progress.daysSinceStart).toBe(46);
    expect(progress.sessions.daysReported).toBe(43);
    expect(progress.sessions.adherence).toBeCloseTo(43 / 46, 2);
    expect(progress.pain).toHaveLength(43);
    expect(progress.pain.find((p) => p.date === "2026-10-09")).toMatchObject({ during: 2, after: 2 });
    expect(progress.sessions.count).toBeGreaterThan(20);
    expect(progress.sessions.completed).toBe(progress.sessions.count);
    expect(Object.values(progress.sessions.byKind).reduce((a, b) => a + b, 0)).toBe(progress.sessions.count);
    expect(progress.sessions.minutes).toBeGreaterThan(0);
    // Weeks start on Monday: 5 October 2026 to 16 November 2026.
    expect(progress.sessions.perWeek.map((w) => w.weekStart)).toEqual([
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
    ]);
    expect(progress.sessions.perWeek.reduce((sum, w) => sum + w.sessions, 0)).toBe(progress.sessions.count);
    expect(progress.sessions.perWeek.reduce((sum, w) => sum + w.minutes, 0)).toBe(progress.sessions.minutes);
    expect(progress.phases.map((p) => p.phase)).toEqual([1, 2, 3, 4]);
    expect(progress.levels.at(-1)).toEqual({ date: TODAY, level: progress.level?.current });
    expect(progress.projections.length).toBeGreaterThan(0);
    expect(progress.projections.every((p) => p.on <= TODAY)).toBe(true);
  });

  it("gives one level per day, without gaps, from the start of the ladder to today", async () => {
    const { levels } = await getProgress(db, anna, annaPlan, TODAY);
    for (let i = 1; i < levels.length; i++) {
      const gap = (Date.parse(levels[i]!.date) - Date.parse(levels[i - 1]!.date)) / 86_400_000;
      expect(gap).toBe(1);
    }
  });

  it("lets the linked physio see the progress", async () => {
    const femke = await demoCaller("femke");
    await expect(getProgress(db, femke, annaPlan, TODAY)).resolves.toMatchObject({ planId: annaPlan });
  });

  it.each(["bram", "eva"])("answers NOT_FOUND to another runner (%s)", async (key) => {
    const other = await demoCaller(key);
    await expect(getProgress(db, other, annaPlan, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for a plan id that is not a uuid", async () => {
    await expect(getProgress(db, anna, "../../etc", TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
