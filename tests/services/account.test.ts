import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { appendAudit, findPlan, insertPlan, insertPlanEvent } from "@/lib/server/plan/queries";
import { upsertOnboardingDraft } from "@/lib/server/onboarding/queries";
import { checkInVersions, notes, session, verification } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { prepareJobs } from "@/lib/jobs/prepare";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { exportAccount } from "@/lib/server/account/export-account";
import { openThread, sendMessage } from "@/lib/server/messaging/messages";
import { createInvite } from "@/lib/server/invite/invites";
import { buildIntakeJson, createCheckIn, givePassword, insertPhaseTransition, TEST_PASSWORD } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { claimSignInAttempt } from "../support/sign-in-attempt";

const today = "2026-10-20";
const now = new Date("2026-10-20T09:00:00Z");

let db: Db;
beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.db;
  // The job queue, as every start makes it: deleting an account also deletes the jobs that name it.
  await prepareJobs(created.url);
});

const jobsNaming = async (id: string) =>
  (await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where data::text like ${`%${id}%`}`))
    .rows[0]!.n;

const caller = (role: "runner" | "physio", name?: string) => createCaller(db, role, { name });

// A runner with one of everything: a plan linked to a physio, check-ins, an event, a transition,
// a physio's note, messages both ways, audit entries, a session and an account with a password, a draft, a rate-limit row.
async function fullRunner(physio: SessionUser, pain = 2) {
  const runner = await caller("runner", `Runner ${pain}`);
  const intake = Intake.parse(buildIntakeJson());
  const plan = await insertPlan(db, { runnerId: runner.id, intake, settings: defaultSettings(intake) });
  const { code } = await createInvite(db, physio, { input: { withIntake: false }, today, now });
  await acceptInvite(db, runner, { code, today, now });
  await createCheckIn(db, plan.id, { date: "2026-10-10", painDuring: pain });
  await createCheckIn(db, plan.id, { date: "2026-10-11", painDuring: pain });
  // A corrected day: two versions, the first with a warning sign.
  await db.insert(checkInVersions).values([
    {
      planId: plan.id,
      date: "2026-10-11",
      version: 1,
      data: { painDuring: pain, nightPain: true },
      changedBy: runner.id,
      changedByRole: "runner",
    },
    {
      planId: plan.id,
      date: "2026-10-11",
      version: 2,
      data: { painDuring: pain, nightPain: false },
      changedBy: runner.id,
      changedByRole: "runner",
    },
  ]);
  await insertPlanEvent(db, {
    planId: plan.id,
    date: "2026-10-11",
    kind: "clearance",
    payload: { by: "physio" },
    actorId: physio.id,
  });
  await insertPhaseTransition(db, {
    planId: plan.id,
    fromPhase: 1,
    toPhase: 2,
    on: "2026-10-12",
    approvedBy: physio.id,
  });
  await db.insert(notes).values({ planId: plan.id, authorId: physio.id, body: `Note for ${runner.name}` });
  await appendAudit(db, { actorId: physio.id, planId: plan.id, action: "plan.note", detail: { runnerId: runner.id } });
  await db.insert(session).values({
    id: `s-${runner.id}`,
    token: `secret-token-${runner.id}`,
    userId: runner.id,
    expiresAt: new Date("2027-01-01"),
    ipAddress: "192.0.2.1",
  });
  await givePassword(db, runner.id);
  await db
    .insert(verification)
    .values({ id: `v-${runner.id}`, identifier: runner.email, value: "x", expiresAt: new Date("2027-01-01") });
  await upsertOnboardingDraft(db, { userId: runner.id, step: 1, answers: { site: "calf" } });
  await claimSignInAttempt(db, { email: runner.email, ip: "local" }, now);
  // The thread with the physio, opened (read) by both.
  await sendMessage(db, runner, { planId: plan.id, input: { body: `Question from ${runner.name}` } });
  await sendMessage(db, physio, { planId: plan.id, input: { body: `Answer for ${runner.name}` } });
  await openThread(db, runner, plan.id);
  await openThread(db, physio, plan.id);
  return { runner, planId: plan.id };
}

// Every table in the schema, searched as text for the id: columns, JSON, anything.
async function tablesMentioning(value: string): Promise<string[]> {
  const tables = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { table_name } of tables.rows) {
    const result = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text like ${`%${value}%`}`,
    );
    if ((result.rows[0]?.n ?? 0) > 0) hits.push(table_name);
  }
  return hits;
}

describe("data export", () => {
  it("holds the runner's profile, plans, check-ins, events, transitions, notes and audit, and no secret", async () => {
    const physio = await caller("physio", "Femke de Vries");
    const { runner, planId } = await fullRunner(physio, 3);
    const other = await fullRunner(physio, 7);
    const data = await exportAccount(db, runner, now);
    const text = JSON.stringify(data);

    expect(data.profile).toMatchObject({ id: runner.id, email: runner.email, role: "runner" });
    expect(data.plans).toHaveLength(1);
    const plan = data.plans[0]!;
    expect(plan).toMatchObject({ id: planId, physio: { name: "Femke de Vries" }, intake: { site: "achilles" } });
    expect(plan.checkIns.map((c) => c.date)).toEqual(["2026-10-10", "2026-10-11"]);
    expect(plan.checkIns.every((c) => c.painDuring === 3)).toBe(true);
    expect(plan.checkInVersions.map((v) => [v.date, v.version, v.changedByRole, v.changedByName, v.report])).toEqual([
      ["2026-10-11", 1, "runner", runner.name, { painDuring: 3, nightPain: true }],
      ["2026-10-11", 2, "runner", runner.name, { painDuring: 3, nightPain: false }],
    ]);
    expect(plan.events).toHaveLength(1);
    expect(plan.phaseTransitions).toHaveLength(1);
    expect(plan.notes.map((n) => n.body)).toEqual([`Note for ${runner.name}`]);
    expect(plan.messages.map((m) => [m.senderRole, m.senderName, m.body])).toEqual([
      ["runner", runner.name, `Question from ${runner.name}`],
      ["physio", "Femke de Vries", `Answer for ${runner.name}`],
    ]);
    expect(plan.auditLog.map((a) => a.action)).toEqual(expect.arrayContaining(["link.started", "plan.note"]));
    expect(data.sessions).toEqual([expect.objectContaining({ ipAddress: "192.0.2.1" })]);
    expect(data.signInMethods).toEqual([expect.objectContaining({ providerId: "credential" })]);
    expect(data.onboardingDraft).toMatchObject({ answers: { site: "calf" } });

    expect(text).not.toContain("secret-token");
    expect(text).not.toContain("secret-password-hash");
    expect(text).not.toContain(other.runner.id);
    expect(text).not.toContain(other.planId);
    expect(text).not.toContain(other.runner.name);
  });
});

describe("data export of a physio", () => {
  it("holds the messages the physio wrote, and not the patient's side of the thread", async () => {
    const physio = await caller("physio", "Femke de Vries");
    const { runner } = await fullRunner(physio, 4);
    const data = await exportAccount(db, physio, now);
    expect(data.messagesSent.map((m) => m.body)).toEqual([`Answer for ${runner.name}`]);
    expect(JSON.stringify(data)).not.toContain(`Question from ${runner.name}`);
  });
});

describe("deleting an account", () => {
  it("needs the email or the word DELETE / VERWIJDER, and keeps everything otherwise", async () => {
    const physio = await caller("physio");
    const { runner } = await fullRunner(physio);
    for (const confirm of ["", "delete me", "VERWIJDEREN", "other@example.test"]) {
      const error = await deleteAccount(db, runner, { input: { confirm, password: TEST_PASSWORD }, now }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).messageKey).toBe("account.errors.confirmDelete");
    }
    expect(await tablesMentioning(runner.id)).toContain("user");
    // The right word, but no password or a wrong one: refused too.
    for (const password of [undefined, "", "not-the-password"]) {
      const error = await deleteAccount(db, runner, { input: { confirm: "DELETE", password }, now }).catch(
        (e: unknown) => e,
      );
      expect((error as AppError).messageKey).toBe("settings.errors.currentPassword");
    }
    expect(await tablesMentioning(runner.id)).toContain("user");
  });

  it("leaves no row of the runner in any table; the physio's list no longer has them", async () => {
    const physio = await caller("physio");
    const { runner, planId } = await fullRunner(physio);
    const kept = await fullRunner(physio, 5);
    // A reminder for the runner, an alert about their plan to the physio, and one about the other patient.
    await enqueue(db, NOTIFY_QUEUE, { userId: runner.id, kind: "reminder", planId, localDate: today });
    await enqueue(db, NOTIFY_QUEUE, { userId: physio.id, kind: "red_flag", planId });
    await enqueue(db, NOTIFY_QUEUE, { userId: physio.id, kind: "red_flag", planId: kept.planId });
    expect(await jobsNaming(runner.id)).toBeGreaterThan(0);
    expect(await jobsNaming(planId)).toBeGreaterThan(1);
    await deleteAccount(db, runner, { input: { confirm: "verwijder", password: TEST_PASSWORD }, now });

    expect([await jobsNaming(runner.id), await jobsNaming(planId)]).toEqual([0, 0]);
    expect(await jobsNaming(kept.planId)).toBeGreaterThan(0);
    expect(await tablesMentioning(runner.id)).toEqual([]);
    expect(await tablesMentioning(planId)).toEqual([]);
    expect(await tablesMentioning(runner.email)).toEqual([]);
    expect(await findPlan(db, kept.planId)).toMatchObject({ physioId: physio.id });
    expect((await exportAccount(db, kept.runner, now)).plans[0]!.checkIns).toHaveLength(2);
  });

  it("by a physio: their patients keep their plans, no longer linked, and no row names the physio", async () => {
    const physio = await caller("physio");
    const patient = await fullRunner(physio);
    await givePassword(db, physio.id);
    expect(
      (
        await deleteAccount(db, physio, {
          input: { confirm: physio.email.toUpperCase(), password: TEST_PASSWORD },
          now,
        })
      ).unlinkedPatients,
    ).toBe(1);

    expect(await tablesMentioning(physio.id)).toEqual([]);
    const plan = await findPlan(db, patient.planId);
    expect(plan).toMatchObject({ runnerId: patient.runner.id, physioId: null });
    const exported = await exportAccount(db, patient.runner, now);
    expect(exported.plans[0]!.checkIns).toHaveLength(2);
    expect(exported.plans[0]!.checkInVersions).toHaveLength(2);
    expect(exported.plans[0]!.notes).toHaveLength(1);
    // The thread stays the runner's; the physio's messages no longer name them.
    expect(exported.plans[0]!.messages.map((m) => [m.senderRole, m.senderName])).toEqual([
      ["runner", patient.runner.name],
      ["physio", null],
    ]);
    expect(exported.plans[0]!.auditLog.map((a) => a.action)).toContain("link.ended");
  });

  it("a second delete of the same account finds nothing", async () => {
    const runner = await caller("runner");
    await givePassword(db, runner.id);
    const input = { confirm: "DELETE", password: TEST_PASSWORD };
    await deleteAccount(db, runner, { input, now });
    const error = await deleteAccount(db, runner, { input, now }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect(await db.select().from(session).where(eq(session.userId, runner.id))).toEqual([]);
  });
});
