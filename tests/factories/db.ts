// Factories for rows: tests say what matters and take defaults for the rest.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { insertCheckIn, type NewCheckIn } from "@/lib/server/check-in/queries";
import { insertPlan } from "@/lib/server/plan/queries";
import { hashPassword } from "better-auth/crypto";
import { account, phaseTransitions, user, type Role } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";

// Users come from better-auth's sign-up in the app; tests write the row directly.
export async function insertUser(
  db: Db,
  params: { id: string; name: string; email: string; role: Role; locale?: "en" | "nl" },
) {
  const [row] = await db.insert(user).values(params).returning();
  return row!;
}

// Rows of the phase-transition history, as an older plan may hold them.
export async function insertPhaseTransition(db: Db, params: typeof phaseTransitions.$inferInsert) {
  const [row] = await db.insert(phaseTransitions).values(params).returning();
  return row!;
}

export async function createUser(db: Db, overrides: { role?: Role; email?: string; name?: string } = {}) {
  const id = randomUUID();
  return insertUser(db, {
    id,
    name: overrides.name ?? "Test Runner",
    email: overrides.email ?? `${id}@example.test`,
    role: overrides.role ?? "runner",
  });
}

export const TEST_PASSWORD = "a-good-password-1";

/** A password as better-auth keeps it (a credential account), for the steps that ask for it again. */
export async function givePassword(db: Db, userId: string, password = TEST_PASSWORD) {
  await db
    .insert(account)
    .values({
      id: `a-${userId}`,
      accountId: userId,
      providerId: "credential",
      userId,
      password: await hashPassword(password),
    })
    .onConflictDoUpdate({ target: account.id, set: { password: await hashPassword(password) } });
}

export function buildIntakeJson(overrides: Record<string, unknown> = {}) {
  return {
    site: "achilles",
    tissue: "tendon",
    lastRunOn: "2026-10-01",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 50,
    trainingDays: [2, 4, 6],
    startOn: "2026-10-08",
    ...overrides,
  };
}

export async function createPlan(db: Db, runnerId: string, overrides: { physioId?: string } = {}) {
  return insertPlan(db, { runnerId, physioId: overrides.physioId, intake: buildIntakeJson(), settings: {} });
}

export function buildCheckInRow(planId: string, overrides: Partial<NewCheckIn> = {}): NewCheckIn {
  return {
    planId,
    date: "2026-10-10",
    painRest: 0,
    painDuring: 0,
    painAfter: 0,
    painMorning: 0,
    data: {},
    ...overrides,
  };
}

export async function createCheckIn(db: Db, planId: string, overrides: Partial<NewCheckIn> = {}) {
  return insertCheckIn(db, buildCheckInRow(planId, overrides));
}

/** A calf-muscle plan that started on 2026-11-14, a week before the check-in tests' TODAY (2026-11-21). */
export async function createCalfPlan(db: Db, runnerId: string, physioId?: string) {
  const intake = Intake.parse({
    site: "calf",
    tissue: "muscle",
    lastRunOn: "2026-11-10",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-11-14",
  });
  return insertPlan(db, { runnerId, physioId, intake, settings: defaultSettings(intake) });
}
