// The onboarding wizard, step by step: each step's answers checked, kept, resumed and edited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { findOnboardingDraft } from "@/lib/server/onboarding/queries";
import { completeOnboarding } from "@/lib/server/onboarding/complete";
import { firstOpenStep, LIMITS, REVIEW_STEP, stepErrorsOf } from "@/lib/server/onboarding/steps";
import { loadOnboardingDraft, saveOnboardingStep } from "@/lib/server/onboarding/save-step";
import { createPlan } from "../factories/db";
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

describe("saveOnboardingStep", () => {
  it("stores a valid step and moves to the next one", async () => {
    const caller = await createCaller(db);
    const draft = await saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today });
    expect(draft).toEqual({ step: 1, answers: { site: "calf", tissue: "unknown" } });
    const row = await findOnboardingDraft(db, caller.id);
    expect(row).toMatchObject({ step: 1, answers: { site: "calf", tissue: "unknown" } });
  });

  it.each([
    [0, { site: "elbow", tissue: "" }, { site: "onboarding.errors.site", tissue: "onboarding.errors.tissue" }],
    [1, { lastRunOn: "2026-10-21" }, { lastRunOn: "onboarding.errors.lastRunFuture" }],
    [1, { lastRunOn: "2024-10-01" }, { lastRunOn: "onboarding.errors.lastRunTooOld" }],
    [1, { lastRunOn: "2026-02-30" }, { lastRunOn: "onboarding.errors.lastRunOn" }],
    [
      2,
      { runsPerWeek: "0", weeklyMinutes: "", longestRunMinutes: "60" },
      { runsPerWeek: "onboarding.errors.runsPerWeek", weeklyMinutes: "onboarding.errors.weeklyMinutes" },
    ],
    [
      2,
      { runsPerWeek: "3", weeklyMinutes: "40", longestRunMinutes: "60" },
      { longestRunMinutes: "onboarding.errors.longestOverWeekly" },
    ],
    [
      2,
      { runsPerWeek: "2.5", weeklyMinutes: "100", longestRunMinutes: "601" },
      { runsPerWeek: "onboarding.errors.runsPerWeek", longestRunMinutes: "onboarding.errors.longestRunMinutes" },
    ],
    [3, { trainingDays: [] }, { trainingDays: "onboarding.errors.trainingDays" }],
    [3, { trainingDays: ["8"] }, { trainingDays: "onboarding.errors.trainingDays" }],
  ])(
    "rejects invalid answers on step %i with a message per field and stores nothing",
    async (step, input, expected) => {
      const caller = await createCaller(db);
      for (let s = 0; s < step; s++)
        await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
      const before = await findOnboardingDraft(db, caller.id);
      const error = await rejection(saveOnboardingStep(db, caller, { step, intent: next, input, today }));
      expect(error.code).toBe("INVALID_INPUT");
      const errors = stepErrorsOf(error)!;
      expect(Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, e.key]))).toEqual(expected);
      expect(await findOnboardingDraft(db, caller.id)).toEqual(before);
    },
  );

  it("names the allowed range in a number field's message", async () => {
    const caller = await createCaller(db);
    for (let s = 0; s < 2; s++)
      await saveOnboardingStep(db, caller, { step: s, intent: next, input: validSteps[s], today });
    const error = await rejection(
      saveOnboardingStep(db, caller, {
        step: 2,
        intent: next,
        input: { runsPerWeek: "20", weeklyMinutes: "100", longestRunMinutes: "30" },
        today,
      }),
    );
    expect(stepErrorsOf(error)?.runsPerWeek?.params).toEqual(LIMITS.runsPerWeek);
  });

  it("resumes at the saved step with the answers filled in", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today });
    await saveOnboardingStep(db, caller, { step: 1, intent: next, input: validSteps[1], today });
    expect(await loadOnboardingDraft(db, caller, today)).toEqual({
      step: 2,
      answers: { site: "calf", tissue: "unknown", lastRunOn: "2026-09-29" },
    });
  });

  it("goes back without validating, keeping only valid answers of the step it leaves", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today });
    const back = await saveOnboardingStep(db, caller, {
      step: 1,
      intent: { kind: "back" },
      input: { lastRunOn: "nonsense" },
      today,
    });
    expect(back).toEqual({ step: 0, answers: { site: "calf", tissue: "unknown" } });
    await saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today });
    const kept = await saveOnboardingStep(db, caller, {
      step: 1,
      intent: { kind: "back" },
      input: validSteps[1],
      today,
    });
    expect(kept.answers.lastRunOn).toBe("2026-09-29");
  });

  it("returns to the review after an edit, and sorts the training days", async () => {
    const caller = await createCaller(db);
    await answerAll(db, caller, today);
    const draft = await loadOnboardingDraft(db, caller, today);
    expect(draft.step).toBe(REVIEW_STEP);
    expect(draft.answers.trainingDays).toEqual([2, 4, 6]);
    const editing = await saveOnboardingStep(db, caller, {
      step: REVIEW_STEP,
      intent: { kind: "goto", step: 0 },
      input: {},
      today,
    });
    expect(editing.step).toBe(0);
    const edited = await saveOnboardingStep(db, caller, {
      step: 0,
      intent: { kind: "next", toReview: true },
      input: { site: "knee", tissue: "joint" },
      today,
    });
    expect(edited).toMatchObject({ step: REVIEW_STEP, answers: { site: "knee", tissue: "joint" } });
    const stepByStep = await saveOnboardingStep(db, caller, { step: 1, intent: next, input: validSteps[1], today });
    expect(stepByStep.step).toBe(2);
  });

  it("never skips ahead past an unanswered step", async () => {
    const caller = await createCaller(db);
    const draft = await saveOnboardingStep(db, caller, { step: 3, intent: next, input: validSteps[3], today });
    expect(draft).toEqual({ step: 0, answers: {} });
    expect(await findOnboardingDraft(db, caller.id)).toBeUndefined();
    expect(firstOpenStep({}, today)).toBe(0);
  });

  it("never reads another runner's draft", async () => {
    const first = await createCaller(db);
    const second = await createCaller(db);
    await answerAll(db, first, today);
    expect(await loadOnboardingDraft(db, second, today)).toEqual({ step: 0, answers: {} });
    const error = await rejection(completeOnboarding(db, second, { today }));
    expect(error.messageKey).toBe("onboarding.errors.incomplete");
    expect(await listPlansOfRunner(db, second.id)).toEqual([]);
    expect((await loadOnboardingDraft(db, first, today)).step).toBe(REVIEW_STEP);
  });

  it("is for runners: a physio gets FORBIDDEN", async () => {
    const physio = await createCaller(db, "physio");
    expect(
      (await rejection(saveOnboardingStep(db, physio, { step: 0, intent: next, input: validSteps[0], today }))).code,
    ).toBe("FORBIDDEN");
    expect((await rejection(completeOnboarding(db, physio, { today }))).code).toBe("FORBIDDEN");
  });

  it("refuses to save steps once the runner has a plan", async () => {
    const caller = await createCaller(db);
    await createPlan(db, caller.id);
    expect(
      (await rejection(saveOnboardingStep(db, caller, { step: 0, intent: next, input: validSteps[0], today }))).code,
    ).toBe("CONFLICT");
  });
});

describe("the bone site question", () => {
  it("is required for a bone injury, with a message of its own, and nothing is stored without it", async () => {
    const caller = await createCaller(db);
    const error = await rejection(
      saveOnboardingStep(db, caller, {
        step: 0,
        intent: next,
        input: { site: "shin", tissue: "bone", boneSite: "" },
        today,
      }),
    );
    expect(error.details?.fieldErrors).toEqual({ boneSite: { key: "onboarding.errors.boneSite" } });
    expect(await findOnboardingDraft(db, caller.id)).toBeUndefined();
  });

  it("refuses a site that is not on the list", async () => {
    const caller = await createCaller(db);
    const error = await rejection(
      saveOnboardingStep(db, caller, {
        step: 0,
        intent: next,
        input: { site: "shin", tissue: "bone", boneSite: "skull" },
        today,
      }),
    );
    expect(error.details?.fields).toEqual(["boneSite"]);
  });

  it("is dropped when the injury turns out not to be a bone", async () => {
    const caller = await createCaller(db);
    await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "shin", tissue: "bone", boneSite: "anterior_tibia" },
      today,
    });
    const draft = await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "shin", tissue: "muscle", boneSite: "anterior_tibia" },
      today,
    });
    expect(draft.answers).toEqual({ site: "shin", tissue: "muscle" });
    expect((await findOnboardingDraft(db, caller.id))?.answers).toEqual({ site: "shin", tissue: "muscle" });
  });
});

// Silbernagel et al. 2007: a tendon's mornings are read against the runner's own rest pain, so it is asked.
describe("the rest pain question for a tendon", () => {
  it.each([
    [{ site: "achilles", tissue: "tendon", restPainBaseline: "" }],
    [{ site: "achilles", tissue: "tendon", restPainBaseline: "4" }],
    [{ site: "achilles", tissue: "tendon", restPainBaseline: "1.5" }],
    [{ site: "achilles", tissue: "tendon", restPainBaseline: "-1" }],
  ])("is required, 0 to 3, with a message of its own, and nothing is stored otherwise: %o", async (input) => {
    const caller = await createCaller(db);
    const error = await rejection(saveOnboardingStep(db, caller, { step: 0, intent: next, input, today }));
    expect(error.details?.fieldErrors).toEqual({
      restPainBaseline: { key: "onboarding.errors.restPainBaseline" },
    });
    expect(await findOnboardingDraft(db, caller.id)).toBeUndefined();
  });

  it("is kept for a tendon and dropped when the injury turns out to be something else", async () => {
    const caller = await createCaller(db);
    const tendon = await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "achilles", tissue: "tendon", restPainBaseline: "1" },
      today,
    });
    expect(tendon.answers).toEqual({ site: "achilles", tissue: "tendon", restPainBaseline: 1 });
    const muscle = await saveOnboardingStep(db, caller, {
      step: 0,
      intent: next,
      input: { site: "calf", tissue: "muscle", restPainBaseline: "1" },
      today,
    });
    expect(muscle.answers).toEqual({ site: "calf", tissue: "muscle" });
  });
});
