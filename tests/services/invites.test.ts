import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findPlan, listPlanEvents } from "@/lib/server/plan/queries";
import { auditLog, invites, plans } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { endLinkAsPhysio, endLinkAsRunner } from "@/lib/server/invite/end-link";
import {
  createInvite,
  formatInviteCode,
  listInvites,
  normalizeInviteCode,
  previewInvite,
  revokeInvite,
} from "@/lib/server/invite/invites";
import { loadPlan } from "@/lib/server/plan/load-plan";
import { stepErrorsOf } from "@/lib/server/onboarding/steps";
import { buildIntakeJson } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { insertPlan } from "@/lib/server/plan/queries";
import { createTestDatabase } from "../setup/test-db";
import { rejection } from "../support/rejection";

const today = "2026-10-20";
const now = new Date("2026-10-20T09:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

const intakeForm = {
  site: "calf",
  tissue: "muscle",
  lastRunOn: "2026-10-01",
  runsPerWeek: "3",
  weeklyMinutes: "150",
  longestRunMinutes: "60",
  trainingDays: ["2", "4", "6"],
};

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const caller = (role: "runner" | "physio", name?: string) => createCaller(db, role, { name });

async function runnerWithPlan(settings?: object) {
  const runner = await caller("runner");
  const intake = Intake.parse(buildIntakeJson({ startOn: "2026-10-10", lastRunOn: "2026-10-01" }));
  const plan = await insertPlan(db, { runnerId: runner.id, intake, settings: settings ?? defaultSettings(intake) });
  return { runner, planId: plan.id };
}

const invite = (physio: SessionUser, input: object = { withIntake: false }, at = now) =>
  createInvite(db, physio, { input, today, now: at });

describe("invite codes", () => {
  it("are twelve unambiguous characters (over 50 bits), read with or without dashes and in any case", async () => {
    const physio = await caller("physio");
    const { code } = await invite(physio);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
    expect(12 * Math.log2(31)).toBeGreaterThan(50);
    const grouped = formatInviteCode(code);
    expect(grouped).toMatch(/^.{4}-.{4}-.{4}$/);
    expect(normalizeInviteCode(grouped.toLowerCase())).toBe(code);
    expect(normalizeInviteCode(` ${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)} `)).toBe(code);
    expect(normalizeInviteCode("ABCD-EFGH-JKM0")).toBeUndefined();
    expect(normalizeInviteCode("ABCD-EFGH")).toBeUndefined();
    expect(normalizeInviteCode("short")).toBeUndefined();
  });

  it("can be created by a physio only", async () => {
    const runner = await caller("runner");
    expect((await rejection(invite(runner))).code).toBe("FORBIDDEN");
  });

  it("with an intake are checked like onboarding, field by field, and nothing is stored on an error", async () => {
    const physio = await caller("physio");
    const error = await rejection(
      invite(physio, { withIntake: true, intake: { ...intakeForm, runsPerWeek: "0", lastRunOn: "2026-11-01" } }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(stepErrorsOf(error) ?? {}).sort()).toEqual(["lastRunOn", "runsPerWeek"]);
    expect(await db.select().from(invites).where(eq(invites.physioId, physio.id))).toHaveLength(0);
  });
});

describe("accepting an invite", () => {
  it("links the runner's current plan: the physio sees it from then on", async () => {
    const physio = await caller("physio", "Femke de Vries");
    const { runner, planId } = await runnerWithPlan();
    const { code } = await invite(physio);
    await expect(loadPlan(db, physio, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const preview = await previewInvite(db, runner, formatInviteCode(code).toLowerCase(), now);
    expect(preview).toMatchObject({
      status: "open",
      physioName: "Femke de Vries",
      viewer: { hasPlan: true, linkedHere: false, currentPhysioName: null },
    });

    const accepted = await acceptInvite(db, runner, { code: code.toLowerCase(), today, now });
    expect(accepted).toMatchObject({ planId, physioId: physio.id, createdPlan: false, endedPhysioId: null });
    expect((await loadPlan(db, physio, planId)).row.id).toBe(planId);
    const audit = await db.select().from(auditLog).where(eq(auditLog.planId, planId));
    expect(audit.map((a) => a.action)).toContain("link.started");
    expect((await listInvites(db, physio, now))[0]).toMatchObject({ status: "used", usedByName: runner.name });
  });

  it("is single use: a second runner gets a clear 'used' message", async () => {
    const physio = await caller("physio");
    const first = await runnerWithPlan();
    const second = await runnerWithPlan();
    const { code } = await invite(physio);
    await acceptInvite(db, first.runner, { code, today, now });
    expect((await rejection(acceptInvite(db, second.runner, { code, today, now }))).messageKey).toBe(
      "invite.errors.used",
    );
    expect((await findPlan(db, second.planId))?.physioId).toBeNull();
  });

  it("is single use even when two runners accept at the same moment", async () => {
    const physio = await caller("physio");
    const runners = await Promise.all([runnerWithPlan(), runnerWithPlan(), runnerWithPlan()]);
    const { code } = await invite(physio);
    const results = await Promise.allSettled(runners.map((r) => acceptInvite(db, r.runner, { code, today, now })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const linked = await db.select().from(plans).where(eq(plans.physioId, physio.id));
    expect(linked).toHaveLength(1);
  });

  it("refuses an expired code, a withdrawn code and a mistyped one with their own messages", async () => {
    const physio = await caller("physio");
    const { runner } = await runnerWithPlan();
    const old = await invite(physio, { withIntake: false }, days(-8));
    expect((await rejection(acceptInvite(db, runner, { code: old.code, today, now }))).messageKey).toBe(
      "invite.errors.expired",
    );
    expect((await previewInvite(db, runner, old.code, now)).status).toBe("expired");

    const withdrawn = await invite(physio);
    await revokeInvite(db, physio, { inviteId: withdrawn.id });
    expect((await rejection(acceptInvite(db, runner, { code: withdrawn.code, today, now }))).messageKey).toBe(
      "invite.errors.notFound",
    );
    expect((await previewInvite(db, undefined, withdrawn.code, now)).status).toBe("notFound");

    expect((await rejection(acceptInvite(db, runner, { code: "nonsense!", today, now }))).messageKey).toBe(
      "invite.errors.codeFormat",
    );
    expect((await previewInvite(db, undefined, "nonsense!", now)).status).toBe("invalid");
  });

  it("cannot be revoked by another physio, nor once used", async () => {
    const physio = await caller("physio");
    const other = await caller("physio");
    const open = await invite(physio);
    expect((await rejection(revokeInvite(db, other, { inviteId: open.id }))).code).toBe("NOT_FOUND");
    const { runner } = await runnerWithPlan();
    await acceptInvite(db, runner, { code: open.code, today, now });
    expect((await rejection(revokeInvite(db, physio, { inviteId: open.id }))).messageKey).toBe(
      "invite.errors.notRevocable",
    );
  });

  it("cannot be accepted by a physio", async () => {
    const physio = await caller("physio");
    const otherPhysio = await caller("physio");
    const { code } = await invite(physio);
    expect((await rejection(acceptInvite(db, otherPhysio, { code, today, now }))).code).toBe("FORBIDDEN");
  });

  it("creates the plan from the physio's intake when the runner has none, starting on the day of acceptance", async () => {
    const physio = await caller("physio");
    const runner = await caller("runner");
    const { code } = await invite(physio, { withIntake: true, intake: intakeForm });
    const accepted = await acceptInvite(db, runner, { code, today: "2026-10-22", now });
    expect(accepted.createdPlan).toBe(true);
    const plan = await loadPlan(db, physio, accepted.planId);
    expect(plan.intake).toMatchObject({
      site: "calf",
      tissue: "muscle",
      startOn: "2026-10-22",
      trainingDays: [2, 4, 6],
    });
    expect(plan.row).toMatchObject({ runnerId: runner.id, physioId: physio.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.planId, accepted.planId));
    expect(audit.map((a) => a.action).sort()).toEqual(["link.started", "plan.created"]);
  });

  it("starts the plan in the phase the physio chose at intake, as the physio's override on the first day", async () => {
    const physio = await caller("physio");
    const runner = await caller("runner");
    const { code } = await invite(physio, { withIntake: true, intake: { ...intakeForm, startPhase: "3" } });
    const accepted = await acceptInvite(db, runner, { code, today: "2026-10-22", now });
    expect(await findPlan(db, accepted.planId)).toMatchObject({ phase: 3 });
    expect(await listPlanEvents(db, accepted.planId)).toEqual([
      expect.objectContaining({
        kind: "override",
        date: "2026-10-22",
        actorId: physio.id,
        payload: { by: "physio", phase: 3 },
      }),
    ]);
  });

  it("asks a runner without a plan to set one up first when the invite has no intake", async () => {
    const physio = await caller("physio");
    const runner = await caller("runner");
    const { code } = await invite(physio);
    expect((await rejection(acceptInvite(db, runner, { code, today, now }))).messageKey).toBe("invite.errors.needPlan");
    expect((await previewInvite(db, runner, code, now)).status).toBe("open");
  });

  it("switches physio only after the runner confirmed, and the old physio loses access", async () => {
    const oldPhysio = await caller("physio", "Old Physio");
    const newPhysio = await caller("physio");
    const { runner, planId } = await runnerWithPlan();
    await acceptInvite(db, runner, { code: (await invite(oldPhysio)).code, today, now });
    const { code } = await invite(newPhysio);
    expect(await previewInvite(db, runner, code, now)).toMatchObject({
      viewer: { currentPhysioName: "Old Physio", linkedHere: false },
    });
    expect((await rejection(acceptInvite(db, runner, { code, today, now }))).messageKey).toBe(
      "invite.errors.linkedToOther",
    );
    expect((await findPlan(db, planId))?.physioId).toBe(oldPhysio.id);

    const accepted = await acceptInvite(db, runner, { code, today, now, switchPhysio: true });
    expect(accepted.endedPhysioId).toBe(oldPhysio.id);
    await expect(loadPlan(db, oldPhysio, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadPlan(db, newPhysio, planId)).row.id).toBe(planId);
  });
});

describe("ending the link", () => {
  it("by the runner: the physio's access ends at once", async () => {
    const physio = await caller("physio");
    const { runner, planId } = await runnerWithPlan();
    await acceptInvite(db, runner, { code: (await invite(physio)).code, today, now });
    await endLinkAsRunner(db, runner, now);
    await expect(loadPlan(db, physio, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadPlan(db, runner, planId)).row.physioId).toBeNull();
    const actions = (await db.select().from(auditLog).where(eq(auditLog.planId, planId))).map((a) => a.action);
    expect(actions).toContain("link.ended");
    expect((await rejection(endLinkAsRunner(db, runner, now))).code).toBe("NOT_FOUND");
  });

  it("by the physio, for their own patient only; approvals they required are switched off", async () => {
    const physio = await caller("physio");
    const stranger = await caller("physio");
    const intake = Intake.parse(buildIntakeJson());
    const { runner, planId } = await runnerWithPlan({
      ...defaultSettings(intake),
      approvalRequired: { toPhase2: true, toPhase3: true, toPhase4: false },
    });
    await acceptInvite(db, runner, { code: (await invite(physio)).code, today, now });

    expect((await rejection(endLinkAsPhysio(db, stranger, planId, now))).code).toBe("NOT_FOUND");
    expect((await rejection(endLinkAsPhysio(db, physio, "not-a-plan", now))).code).toBe("NOT_FOUND");
    expect((await rejection(endLinkAsPhysio(db, runner, planId, now))).code).toBe("FORBIDDEN");

    await endLinkAsPhysio(db, physio, planId, now);
    await expect(loadPlan(db, physio, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const events = await listPlanEvents(db, planId);
    expect(events.map((e) => e.kind)).toEqual(["settings_change"]);
    const plan = await loadPlan(db, runner, planId);
    expect(plan.events[0]).toMatchObject({
      kind: "settings_change",
      by: "physio",
      settings: { approvalRequired: { toPhase2: false, toPhase3: false, toPhase4: false } },
    });
  });
});
