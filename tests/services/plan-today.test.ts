// The plan's "today" is the runner's calendar day, worked out once by the loader from the runner's time
// zone, whoever loads it: the runner, or a physio whose own zone is a day apart.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/dates";
import { insertPlan } from "@/lib/server/plan/queries";
import { user } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { loadCurrentPlan, loadPlan } from "@/lib/server/plan/load-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();

// Kiritimati is UTC+14 and Pago Pago UTC-11: at any instant their calendar days differ by one.
const RUNNER_ZONE = "Pacific/Kiritimati";
const PHYSIO_ZONE = "Pacific/Pago_Pago";

async function setup() {
  const physio = { ...(await createCaller(db, "physio")), timeZone: PHYSIO_ZONE };
  const runner = { ...(await createCaller(db)), timeZone: RUNNER_ZONE };
  await db.update(user).set({ timeZone: RUNNER_ZONE }).where(eq(user.id, runner.id));
  await db.update(user).set({ timeZone: PHYSIO_ZONE }).where(eq(user.id, physio.id));
  const intake = Intake.parse({
    site: "calf",
    tissue: "muscle",
    lastRunOn: "2026-01-10",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-01-19",
  });
  const plan = await insertPlan(db, {
    runnerId: runner.id,
    physioId: physio.id,
    intake,
    settings: defaultSettings(intake),
  });
  return { physio, runner, planId: plan.id };
}

describe("the plan's today", () => {
  it("is the runner's day in the runner's zone, for the runner and for the physio", async () => {
    const { physio, runner, planId } = await setup();
    const runnerDay = todayIn(RUNNER_ZONE);
    expect(runnerDay).not.toBe(todayIn(PHYSIO_ZONE));
    expect((await loadPlan(db, runner, planId)).today).toBe(runnerDay);
    expect((await loadCurrentPlan(db, runner))?.today).toBe(runnerDay);
    expect((await loadPlan(db, physio, planId)).today).toBe(runnerDay);
  });

  it("is the day the physio's patient page shows, not the physio's own", async () => {
    const { physio, planId } = await setup();
    expect((await getPatient(db, physio, planId)).today).toBe(todayIn(RUNNER_ZONE));
  });
});
