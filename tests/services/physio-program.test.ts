// What a physio prescribes: an exercise program for a phase, and a plan moved to a phase or level.
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/server/plan/audit-queries";
import { listPlanEvents } from "@/lib/server/plan/queries";
import { changeProgram } from "@/lib/server/plan/change-program";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { overridePlan } from "@/lib/server/plan/override-plan";
import { OverrideSchema } from "@/lib/forms/schemas/plan-control";
import { parseForm } from "@/lib/forms/parse";
import { formOf } from "../support/form";
import { listPlanChanges } from "@/lib/server/plan/plan-changes";
import { createTendonPatient } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

const setup = (options?: { selfGuided?: boolean }) => createTendonPatient(db, TODAY, options);
const unchanged = (planId: string) => expectNoChange(db, planId);

const heelDrop = {
  exerciseId: "heel-drop",
  dose: { sets: 3, reps: 15, tempo: "eccentric_3s", side: "each", load: "backpack_5kg" },
};
const squat = { exerciseId: "squat", dose: { sets: 3, reps: 10, load: "body_weight" } };

describe("changeProgram", () => {
  it("stores the program as an event with an audit row; the runner's phase-3 strength days carry it", async () => {
    const { physio, runner, planId } = await setup();
    await changeProgram(db, physio, {
      planId,
      today: TODAY,
      input: {
        phase: "3",
        sessionKind: "strength",
        items: [heelDrop, squat],
        instruction: "Slow on the way down",
        note: "More calf work",
      },
    });
    const [event] = await listPlanEvents(db, planId);
    expect(event).toMatchObject({
      kind: "program_change",
      actorId: physio.id,
      payload: {
        phase: 3,
        sessionKind: "strength",
        items: [heelDrop, squat],
        instruction: "Slow on the way down",
        note: "More calf work",
      },
    });
    expect((await listAudit(db, planId))[0]).toMatchObject({
      action: "plan.program_change",
      detail: { phase: 3, exercises: ["heel-drop", "squat"] },
    });

    // Once the physio moves the runner to phase 3, the strength sessions are the physio's.
    await overridePlan(db, physio, { planId, today: TODAY, input: { phase: 3, note: "Ready for strength" } });
    const state = stateOf(await loadPlan(db, runner, planId), "2026-11-26");
    const strength = state.week.flatMap((d) => d.sessions).filter((s) => s.kind === "strength");
    expect(strength.length).toBeGreaterThan(0);
    for (const s of strength)
      expect(s).toMatchObject({
        items: [heelDrop, squat],
        byPhysio: { on: TODAY, instruction: "Slow on the way down" },
      });
    const changes = await listPlanChanges(db, await loadPlan(db, runner, planId));
    expect(changes.map((c) => c.kind)).toEqual(["override", "program_change"]);
    expect((await getPatient(db, physio, planId, TODAY)).programs.find((p) => p.phase === 3)).toMatchObject({
      changedOn: TODAY,
      items: [heelDrop, squat],
    });
  });

  it.each([
    [
      "a dose of -1",
      [{ exerciseId: "squat", dose: { sets: -1, reps: 10, load: "body_weight" } }],
      "program.errors.doseRange",
      { item: 1, name: "sets", min: 1, max: 10 },
    ],
    [
      "10,000 reps",
      [squat, { exerciseId: "heel-drop", dose: { sets: 3, reps: 10_000, load: "body_weight" } }],
      "program.errors.doseRange",
      { item: 2, name: "reps", min: 1, max: 100 },
    ],
    [
      "an exercise that does not exist",
      [{ exerciseId: "moon-walk", dose: squat.dose }],
      "program.errors.unknownExercise",
      { item: 1 },
    ],
    [
      "a stretch in a strength session",
      [{ exerciseId: "calf-stretch", dose: squat.dose }],
      "program.errors.wrongKind",
      { item: 1 },
    ],
    [
      "no amount",
      [{ exerciseId: "squat", dose: { sets: 3, load: "body_weight" } }],
      "program.errors.noAmount",
      { item: 1 },
    ],
    [
      "a weight off the half-kilo step",
      [squat, { exerciseId: "heel-drop", dose: { sets: 3, reps: 8, load: "weight_kg", loadAmount: 12.3 } }],
      "program.errors.loadAmount",
      { item: 2, field: "items.1.loadAmount", unit: "weight_kg", min: 0, max: 200, step: 0.5 },
    ],
    [
      "a weight in kg without the kg",
      [{ exerciseId: "squat", dose: { sets: 3, reps: 8, load: "weight_kg" } }],
      "program.errors.loadAmount",
      { item: 1, unit: "weight_kg" },
    ],
    [
      "250 % of body weight",
      [{ exerciseId: "squat", dose: { sets: 3, reps: 8, load: "body_weight_percent", loadAmount: 250 } }],
      "program.errors.loadAmount",
      { item: 1, unit: "body_weight_percent", min: 0, max: 200, step: 1 },
    ],
    [
      "seven times a day",
      [{ exerciseId: "squat", dose: { sets: 3, reps: 8, timesPerDay: 7, load: "body_weight" } }],
      "program.errors.doseRange",
      { item: 1, field: "items.0.timesPerDay", name: "timesPerDay", min: 1, max: 6 },
    ],
    ["the same exercise twice", [squat, squat], "program.errors.duplicate", { item: 2 }],
    ["too many exercises", Array.from({ length: 13 }, () => squat), "program.errors.tooMany", { max: 12 }],
  ])("refuses %s with a specific message and changes nothing", async (_name, items, messageKey, details) => {
    const { physio, planId } = await setup();
    await expect(
      changeProgram(db, physio, { planId, today: TODAY, input: { phase: 3, sessionKind: "strength", items } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey, details: expect.objectContaining(details) });
    await unchanged(planId);
  });

  it("lets the physio change the phase-1 isometric holds of a tendon plan, with kg and times a day", async () => {
    const { physio, runner, planId } = await setup();
    const before = (await getPatient(db, physio, planId, TODAY)).programs;
    expect(before.map((p) => `${p.phase}:${p.purpose}`)).toEqual([
      "1:tendon_isometric",
      "2:tendon_slow_heavy",
      "2:mobility",
      "3:strength",
      "4:strength",
    ]);
    // The engine's own holds, as the runner sees them: five 45-second holds.
    expect(before[0]!.items[0]).toMatchObject({
      exerciseId: "isometric-calf-hold",
      dose: { sets: 5, holdSeconds: 45 },
    });
    const hold = {
      exerciseId: "isometric-calf-hold",
      dose: { sets: 4, holdSeconds: 30, timesPerDay: 3, load: "weight_kg", loadAmount: 7.5 },
    };
    await changeProgram(db, physio, {
      planId,
      today: TODAY,
      input: { phase: "1", sessionKind: "strength", items: [hold] },
    });
    const state = stateOf(await loadPlan(db, runner, planId), "2026-11-26");
    expect(state.phase).toBe(1);
    const tendon = state.week.flatMap((d) => d.sessions).filter((s) => s.kind === "strength");
    expect(tendon.length).toBeGreaterThan(0);
    for (const s of tendon) expect(s.items).toEqual([hold]);
    expect((await getPatient(db, physio, planId, TODAY)).programs[0]).toMatchObject({
      changedOn: TODAY,
      items: [hold],
    });
  });

  it("answers a program for someone else's plan as if the plan did not exist, and changes nothing", async () => {
    const { runner, planId } = await setup();
    const otherPhysio = await createCaller(db, "physio");
    const input = { phase: 3, sessionKind: "strength", items: [squat] };
    await expect(changeProgram(db, otherPhysio, { planId, today: TODAY, input })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(changeProgram(db, runner, { planId, today: TODAY, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await unchanged(planId);
  });
});

describe("overridePlan", () => {
  it("sets any level of the ladder in phase 4 and refuses one beyond it", async () => {
    const { physio, planId } = await setup();
    await expect(
      overridePlan(db, physio, { planId, today: TODAY, input: { level: 2, note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.levelNeedsPhase4" });
    await expect(
      overridePlan(db, physio, { planId, today: TODAY, input: { phase: 4, level: 999, note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.levelTooHigh" });
    // A change without its note is refused by the override form's schema, on the note.
    expect(parseForm(formOf({ planId, phase: "4" }), OverrideSchema)).toMatchObject({
      status: "error",
      error: { note: ["errors.required"] },
    });
    await unchanged(planId);
    const state = await overridePlan(db, physio, {
      planId,
      today: TODAY,
      input: { phase: 4, level: 3, note: "Ran well with me today" },
    });
    expect(state).toMatchObject({ phase: 4, level: { current: 3 } });
    expect((await listAudit(db, planId))[0]).toMatchObject({
      action: "plan.override",
      detail: { phase: 4, level: 3, note: "Ran well with me today" },
    });
  });
});
