// Seeds the demo data into an empty database (no users yet). `npm run db:seed` runs it by hand.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword, symmetricEncrypt } from "better-auth/crypto";
import { computePlanState, defaultSettings } from "@/lib/engine/index";
import { createDb, type Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/server/check-in/queries";
import { appendAudit, insertPlan } from "@/lib/server/plan/queries";
import { syncPlanSummary } from "@/lib/server/plan/sync-plan-summary";
import { countUsers } from "@/lib/server/account/user-queries";
import { account, physioProfiles, twoFactor, user } from "@/lib/db/schema";
import { todayIn } from "@/lib/dates";
import { seedDemoOutcomes } from "./seed-outcomes";
import { buildDemoRunners, DEMO_PASSWORD, DEMO_PHYSIO, DEMO_TOTP_KEY } from "./demo-data";

// better-auth's own fallback (lib/auth/auth.ts) when no secret is set: development and unit tests.
const DEVELOPMENT_SECRET = "development-only-secret-development-only-secret";

function base32ToText(key: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bits = [...key].map((c) => alphabet.indexOf(c).toString(2).padStart(5, "0")).join("");
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2))).toString("utf8");
}

// Two-step sign-in on, as better-auth's plugin stores it after a confirmed set-up: the secret and the
// backup codes encrypted with the app's secret (which the seed must therefore be given).
async function enrolDemoTwoStep(db: Db, userId: string, authSecret: string) {
  const backupCodes = Array.from({ length: 8 }, () => randomUUID().slice(0, 11));
  await db.insert(twoFactor).values({
    id: randomUUID(),
    userId,
    secret: await symmetricEncrypt({ key: authSecret, data: base32ToText(DEMO_TOTP_KEY) }),
    backupCodes: await symmetricEncrypt({ key: authSecret, data: JSON.stringify(backupCodes) }),
    verified: true,
  });
  await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, userId));
}

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

export async function seedDemo(
  db: Db,
  today: string,
  authSecret: string = process.env.BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET,
): Promise<void> {
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
    await enrolDemoTwoStep(tx, physioId, authSecret);
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
      if (runner.linkedToPhysio) {
        const startOn = runner.intake.startOn;
        await seedDemoOutcomes(tx, { runnerKey: runner.key, planId: plan.id, physioId, startOn, today });
      }
    }
  });
}

/** `authSecret`: the one the app will run with (the demo physio's two-step secret is encrypted with it). */
export async function seedIfEmpty(url: string, authSecret?: string): Promise<boolean> {
  const { db, pool } = createDb(url, 2);
  try {
    if ((await countUsers(db)) > 0) return false;
    await seedDemo(db, todayIn("Europe/Amsterdam"), authSecret);
    return true;
  } finally {
    await pool.end();
  }
}
