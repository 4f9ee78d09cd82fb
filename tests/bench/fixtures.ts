// What the HTTP benchmarks need: a runner with a week-old plan and a physio with 500 patients.
import { randomUUID } from "node:crypto";
import { addDays, formatISO, parseISO } from "date-fns";
import { eq } from "drizzle-orm";
import { insertPhysioProfile, updatePhysioProfile } from "../../lib/server/physio/profile-queries";
import { createDb } from "../../lib/db/client";
import { insertPlan } from "../../lib/server/plan/queries";
import { user } from "../../lib/db/schema";
import { todayIn } from "../../lib/dates";
import { computePlanState, defaultSettings, type Intake } from "../../lib/engine/index";
import { buildPlanSummary } from "../../lib/server/plan/plan-summary";
import { seedPatients } from "../../lib/scripts/seed-patients";
import { signUpCookie } from "./app-server";

export type BenchFixtures = {
  today: string;
  runnerCookie: string;
  planId: string;
  physioCookie: string;
  patients: number;
};

export async function createBenchFixtures(
  baseUrl: string,
  databaseUrl: string,
  patients = 500,
): Promise<BenchFixtures> {
  const today = todayIn("Europe/Amsterdam");
  const runner = await signUpCookie(baseUrl, `bench-runner-${randomUUID().slice(0, 8)}@example.test`);
  const physio = await signUpCookie(baseUrl, `bench-physio-${randomUUID().slice(0, 8)}@example.test`);
  const { db, pool } = createDb(databaseUrl, 4);
  try {
    const startOn = formatISO(addDays(parseISO(today), -7), { representation: "date" });
    const intake: Intake = {
      site: "calf",
      tissue: "muscle",
      lastRunOn: formatISO(addDays(parseISO(today), -14), { representation: "date" }),
      runsPerWeek: 3,
      weeklyMinutes: 150,
      longestRunMinutes: 60,
      trainingDays: [2, 4, 6],
      startOn,
    };
    const settings = defaultSettings(intake);
    const state = computePlanState({ intake, settings, checkIns: [], events: [] }, today);
    const plan = await insertPlan(db, {
      runnerId: runner.userId,
      intake,
      settings,
      phase: state.phase,
      status: state.status,
      summary: buildPlanSummary(state, intake, []),
    });
    await db.update(user).set({ role: "physio", timeZone: "Europe/Amsterdam" }).where(eq(user.id, physio.userId));
    await insertPhysioProfile(db, { userId: physio.userId, bigNumber: "19012345601", practice: "Bench Practice" });
    await updatePhysioProfile(db, physio.userId, { status: "approved", decidedAt: new Date() });
    // An approved physio sees patients only with two-step sign-in on; the bench's session is already
    // signed in, so the flag stands in for the set-up (as the row above stands in for the operator).
    await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, physio.userId));
    await db.update(user).set({ timeZone: "Europe/Amsterdam" }).where(eq(user.id, runner.userId));
    await seedPatients(db, physio.userId, patients, today);
    return { today, runnerCookie: runner.cookie, planId: plan.id, physioCookie: physio.cookie, patients };
  } finally {
    await pool.end();
  }
}
