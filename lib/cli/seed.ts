// Seeds the demo data into an empty database (no users yet). `npm run db:seed` runs it by hand.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { computePlanState, defaultSettings } from "../engine/index";
import { createDb, type Db } from "../db/client";
import { checkInColumns } from "../db/mappers";
import { upsertCheckIn } from "../db/queries/check-ins";
import { appendAudit, insertPlan } from "../db/queries/plans";
import { syncPlanSummary } from "../services/sync-plan-summary";
import { countUsers } from "../db/queries/users";
import { account, physioProfiles, user } from "../db/schema";
import { todayIn } from "../dates";
import { buildDemoRunners, DEMO_PASSWORD, DEMO_PHYSIO } from "./demo-data";

async function createAccount(
  db: Db,
  params: { name: string; email: string; role: "runner" | "physio"; passwordHash: string; locale: "en" | "nl" },
) {
  const id = randomUUID();
  await db.insert(user).values({
    id,
    name: params.name,
    email: params.email,
    role: params.role,
    locale: params.locale,
    emailVerified: true,
  });
  await db
    .insert(account)
    .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: params.passwordHash });
  return id;
}

export async function seedDemo(db: Db, today: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const physioId = await createAccount(tx, { ...DEMO_PHYSIO, role: "physio", passwordHash, locale: "nl" });
    // The demo physio is verified, as an operator would have done with `npm run admin -- approve-physio`.
    await tx.insert(physioProfiles).values({
      userId: physioId,
      bigNumber: DEMO_PHYSIO.bigNumber,
      practice: DEMO_PHYSIO.practice,
      status: "approved",
      decidedAt: new Date(),
    });
    for (const runner of buildDemoRunners(today)) {
      const runnerId = await createAccount(tx, {
        name: runner.name,
        email: runner.email,
        role: "runner",
        passwordHash,
        locale: runner.key === "eva" ? "en" : "nl",
      });
      const settings = defaultSettings(runner.intake);
      const state = computePlanState(
        { intake: runner.intake, settings, checkIns: runner.checkIns, events: runner.events },
        today,
      );
      const plan = await insertPlan(tx, {
        runnerId,
        physioId: runner.linkedToPhysio ? physioId : null,
        intake: runner.intake,
        settings,
      });
      for (const checkIn of runner.checkIns) await upsertCheckIn(tx, { planId: plan.id, ...checkInColumns(checkIn) });
      await syncPlanSummary(tx, { id: plan.id, intake: runner.intake, checkIns: runner.checkIns }, state);
      await appendAudit(tx, { actorId: runnerId, planId: plan.id, action: "plan.created", detail: { seeded: true } });
    }
  });
}

export async function seedIfEmpty(url: string): Promise<boolean> {
  const { db, pool } = createDb(url, 2);
  try {
    if ((await countUsers(db)) > 0) return false;
    await seedDemo(db, todayIn("Europe/Amsterdam"));
    return true;
  } finally {
    await pool.end();
  }
}
