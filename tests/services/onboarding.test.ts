// The onboarding wizard's end: the plan it creates from the answers, once.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { findOnboardingDraft } from "@/lib/server/onboarding/queries";
import { auditLog } from "@/lib/db/schema";
import { defaultSettings, Intake } from "@/lib/engine";
import type { AppError } from "@/lib/errors";
import { completeOnboarding } from "@/lib/server/onboarding/complete";
import { stepErrorsOf } from "@/lib/server/onboarding/steps";
import { saveOnboardingStep } from "@/lib/server/onboarding/save-step";
import { answerAll, next, validSteps } from "../factories/onboarding";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { listPlansOfRunner } from "../support/plan-record";
import { rejection } from "../support/rejection";

const today = "2026-10-20";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("completeOnboarding", () => {
  it("creates a plan with the engine's default settings, logs it and removes the draft", async () => {
    const caller = await createCaller(db);
    await answerAll(db, caller, today);
    const { planId } = await completeOnboarding(db, caller, { today });
    const [plan, ...others] = await listPlansOfRunner(db, caller.id);
    expect(others).toEqual([]);
    expect(plan!.id).toBe(planId);
    const intake = Intake.parse(plan!.intake);
    expect(intake).toEqual({
      site: "calf",
      tissue: "unknown",
      lastRunOn: "2026-09-29",
      runsPerWeek: 3,
      weeklyMinutes: 150,
      longestRunMinutes: 60,
      trainingDays: [2, 4, 6],
      startOn: today,
    });
    expect(plan!.settings).toEqual(defaultSettings(intake));
    expect(plan).toMatchObject({ phase: 1, status: "active", physioId: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.planId, planId));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["plan.created", caller.id]]);
    expect(await findOnboardingDraft(db, caller.id)).toBeUndefined();
  });

  it("creates one plan even when completed twice at the same time", async () => {
    const caller = await createCaller(db);
    await answerAll(db, caller, today);
    const results = await Promise.allSettled([
      completeOnboarding(db, caller, { today }),
      completeOnboarding(db, caller, { today }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).code).toBe("CONFLICT");
    expect(await listPlansOfRunner(db, caller.id)).toHaveLength(1);
    expect((await rejection(completeOnboarding(db, caller, { today }))).code).toBe("CONFLICT");
  });

  it("refuses an unfinished draft and says which step is open", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today });
    const error = await rejection(completeOnboarding(db, caller, { today }));
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      messageKey: "onboarding.errors.incomplete",
      details: { step: 1 },
    });
    expect(await listPlansOfRunner(db, caller.id)).toEqual([]);
    expect(await findOnboardingDraft(db, caller.id)).toBeDefined();
  });

  it("starts a bone injury with the longer first phase", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "shin", tissue: "bone", boneSite: "posteromedial_tibia" },
      today,
    });
    for (let s = 1; s < 4; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    await completeOnboarding(db, caller, { today });
    const [plan] = await listPlansOfRunner(db, caller.id);
    expect(plan!.settings).toMatchObject({ minPhaseDays: { phase1: 14 }, tolerance: 0 });
    expect(plan!.intake).toMatchObject({ boneSite: "posteromedial_tibia" });
  });

  // Silbernagel et al. 2007: the rest pain given at onboarding is the tendon's default baseline, so a
  // runner whose Achilles aches 1/10 at rest is not told "above your limit" every morning.
  it("starts a tendon plan with the runner's rest pain as its baseline", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "achilles", tissue: "tendon", restPainBaseline: "1" },
      today,
    });
    for (let s = 1; s < 4; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    await completeOnboarding(db, caller, { today });
    const [plan] = await listPlansOfRunner(db, caller.id);
    expect(plan!.intake).toMatchObject({ tissue: "tendon", restPainBaseline: 1 });
    expect(plan!.settings).toMatchObject({ tendonBaseline: 1 });
  });

  it("keeps the side and the onset the runner gave (both optional) with the intake", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "calf", tissue: "muscle", side: "right" },
      today,
    });
    await saveOnboardingStep(db, caller, {
      step: 1,
      intent: next,
      input: { lastRunOn: "2026-09-29", onsetOn: "2026-09-27" },
      today,
    });
    for (let s = 2; s < 4; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    await completeOnboarding(db, caller, { today });
    const [plan] = await listPlansOfRunner(db, caller.id);
    expect(plan!.intake).toMatchObject({ side: "right", onsetOn: "2026-09-27" });
  });

  it.each([
    [0, { site: "calf", tissue: "muscle", side: "middle" }, { side: "onboarding.errors.side" }],
    [1, { lastRunOn: "2026-09-29", onsetOn: "2026-10-21" }, { onsetOn: "onboarding.errors.onsetOn" }],
    [1, { lastRunOn: "2026-09-29", onsetOn: "2024-01-01" }, { onsetOn: "onboarding.errors.onsetOn" }],
  ])("refuses step %i's optional answer %o with a message for the field", async (step, input, expected) => {
    const caller = await createCaller(db);
    for (let s = 0; s < step; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    const error = await rejection(saveOnboardingStep(db, caller, { step, intent: next, input, today }));
    expect(Object.fromEntries(Object.entries(stepErrorsOf(error) ?? {}).map(([field, e]) => [field, e.key]))).toEqual(
      expected,
    );
  });

  // Warden et al. 2014: a high-risk site needs the clinician's approval at every step.
  it.each([
    ["navicular", true],
    ["fifth_metatarsal", true],
    ["fibula", false],
    // "Not sure": graded high risk until a physio names the site (DOMAIN §3).
    ["other", true],
  ] as const)("a bone stress injury at %s: approval at every step is %s", async (boneSite, approval) => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "foot", tissue: "bone", boneSite },
      today,
    });
    for (let s = 1; s < 4; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    await completeOnboarding(db, caller, { today });
    const [plan] = await listPlansOfRunner(db, caller.id);
    expect(plan!.settings).toMatchObject({
      approvalRequired: { toPhase2: approval, toPhase3: approval, toPhase4: approval },
    });
  });
});
