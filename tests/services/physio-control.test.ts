import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/db/queries/audit";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/db/queries/check-ins";
import { listNotes } from "@/lib/db/queries/notes";
import { findPlan, insertPlan, listPlanEvents } from "@/lib/db/queries/plans";
import { defaultSettings, Intake } from "@/lib/engine";
import { addNote } from "@/lib/services/add-note";
import { changePlanSettings } from "@/lib/services/change-plan-settings";
import { changeProgram } from "@/lib/services/change-program";
import { correctIntake } from "@/lib/services/correct-intake";
import { dischargePlan } from "@/lib/services/discharge-plan";
import { exportAccount } from "@/lib/services/export-account";
import { getPatient } from "@/lib/services/get-patient";
import { listPatients } from "@/lib/services/list-patients";
import { loadPlan, stateOf } from "@/lib/services/load-plan";
import { overridePlan } from "@/lib/services/override-plan";
import { endPause, startPause } from "@/lib/services/pause-plan";
import { listPlanChanges } from "@/lib/services/plan-changes";
import { recordCheckIn } from "@/lib/services/record-check-in";
import { syncPlanSummary } from "@/lib/services/sync-plan-summary";
import { buildCheckIn } from "../engine/factories";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

// A runner (linked to a physio unless self-guided) started on the 19th with pain-free reports.
async function setup(options: { selfGuided?: boolean } = {}) {
  const physio = await createCaller(db, "physio");
  const runner = await createCaller(db);
  const intake = Intake.parse({
    site: "achilles",
    tissue: "tendon",
    lastRunOn: "2026-11-10",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-11-19",
  });
  const plan = await insertPlan(db, {
    runnerId: runner.id,
    physioId: options.selfGuided ? null : physio.id,
    intake,
    settings: defaultSettings(intake),
  });
  const checkIns = [buildCheckIn({ date: "2026-11-19" }), buildCheckIn({ date: "2026-11-20" })];
  for (const c of checkIns) await upsertCheckIn(db, { planId: plan.id, ...checkInColumns(c) });
  await syncPlanSummary(db, { id: plan.id, intake, checkIns }, stateOf(await loadPlan(db, runner, plan.id), TODAY));
  return { physio, runner, planId: plan.id };
}

async function unchanged(planId: string) {
  const [events, audit] = await Promise.all([listPlanEvents(db, planId), listAudit(db, planId)]);
  expect(events).toHaveLength(0);
  expect(audit).toHaveLength(0);
}

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
    await overridePlan(db, physio, { planId, today: TODAY, input: { phase: "3", note: "Ready for strength" } });
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
    ["the same exercise twice", [squat, squat], "program.errors.duplicate", { item: 2 }],
    ["too many exercises", Array.from({ length: 13 }, () => squat), "program.errors.tooMany", { max: 12 }],
  ])("refuses %s with a specific message and changes nothing", async (_name, items, messageKey, details) => {
    const { physio, planId } = await setup();
    await expect(
      changeProgram(db, physio, { planId, today: TODAY, input: { phase: 3, sessionKind: "strength", items } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey, details: expect.objectContaining(details) });
    await unchanged(planId);
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
      overridePlan(db, physio, { planId, today: TODAY, input: { level: "2", note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.levelNeedsPhase4" });
    await expect(
      overridePlan(db, physio, { planId, today: TODAY, input: { phase: "4", level: "999", note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.levelTooHigh" });
    await expect(overridePlan(db, physio, { planId, today: TODAY, input: { phase: "4" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await unchanged(planId);
    const state = await overridePlan(db, physio, {
      planId,
      today: TODAY,
      input: { phase: "4", level: "3", note: "Ran well with me today" },
    });
    expect(state).toMatchObject({ phase: 4, level: { current: 3 } });
    expect((await listAudit(db, planId))[0]).toMatchObject({
      action: "plan.override",
      detail: { phase: 4, level: 3, note: "Ran well with me today" },
    });
  });
});

describe("pauses", () => {
  it("the runner pauses for illness, the projection moves, the physio ends it", async () => {
    const { physio, runner, planId } = await setup();
    const before = stateOf(await loadPlan(db, runner, planId), TODAY);
    const paused = await startPause(db, runner, {
      planId,
      today: TODAY,
      input: { from: TODAY, to: "2026-12-04", reason: "illness", note: "Flu" },
    });
    expect(paused.pause).toEqual({ from: TODAY, to: "2026-12-04", reason: "illness" });
    expect(paused.projection.backToLevelOn > before.projection.backToLevelOn).toBe(true);
    expect(paused.today.sessions.map((s) => s.kind)).toEqual(["rest"]);
    await expect(
      startPause(db, physio, { planId, today: TODAY, input: { from: TODAY, to: "2026-11-25", reason: "holiday" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "control.errors.alreadyPaused" });

    const ended = await endPause(db, physio, { planId, today: "2026-11-23", input: {} });
    expect(ended.pause).toBeNull();
    const events = await listPlanEvents(db, planId);
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ["interruption", runner.id],
      ["interruption_end", physio.id],
    ]);
  });

  it.each([
    ["a start in the past", { from: "2026-11-20", to: "2026-11-25" }, "control.errors.pauseInPast"],
    ["an end before the start", { from: "2026-11-25", to: "2026-11-24" }, "control.errors.pauseEndsBeforeStart"],
    ["more than 12 weeks", { from: TODAY, to: "2027-03-01" }, "control.errors.pauseTooLong"],
    ["a start weeks away", { from: "2026-12-20", to: "2026-12-24" }, "control.errors.pauseTooFar"],
  ])("refuses %s", async (_name, dates, messageKey) => {
    const { runner, planId } = await setup();
    await expect(
      startPause(db, runner, { planId, today: TODAY, input: { ...dates, reason: "holiday" } }),
    ).rejects.toMatchObject({ messageKey });
    await unchanged(planId);
  });

  it("lets nobody else pause a plan", async () => {
    const { planId } = await setup();
    const stranger = await createCaller(db);
    await expect(
      startPause(db, stranger, { planId, today: TODAY, input: { from: TODAY, to: "2026-11-25", reason: "holiday" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endPause(db, stranger, { planId, today: TODAY, input: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await unchanged(planId);
  });
});

describe("correctIntake", () => {
  it("the physio corrects the weekly minutes with a note; cross-training follows", async () => {
    const { physio, runner, planId } = await setup();
    await expect(
      correctIntake(db, physio, { planId, today: TODAY, input: { intake: { weeklyMinutes: 240 } } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.noteRequired" });
    await expect(
      correctIntake(db, physio, { planId, today: TODAY, input: { intake: { longestRunMinutes: 200 }, note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.longestOverWeekly" });
    await expect(
      correctIntake(db, runner, { planId, today: TODAY, input: { intake: { weeklyMinutes: 240 } } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await unchanged(planId);
    const state = await correctIntake(db, physio, {
      planId,
      today: TODAY,
      input: { intake: { weeklyMinutes: 240, runsPerWeek: 3 }, note: "Was 4 hours a week" },
    });
    expect(state.week.flatMap((d) => d.sessions).find((s) => s.kind === "cross_training")?.minutes).toBe(80);
    expect((await listPlanEvents(db, planId))[0]!.payload).toEqual({
      by: "physio",
      intake: { weeklyMinutes: 240 },
      note: "Was 4 hours a week",
    });
  });

  it("the runner of a self-guided plan corrects their own training days", async () => {
    const { runner, planId } = await setup({ selfGuided: true });
    await correctIntake(db, runner, { planId, today: TODAY, input: { intake: { trainingDays: [6, 2, 4, 7] } } });
    expect((await listPlanEvents(db, planId))[0]).toMatchObject({
      kind: "intake_correction",
      actorId: runner.id,
      payload: { by: "runner", intake: { trainingDays: [2, 4, 6, 7] } },
    });
  });
});

describe("notes and discharge", () => {
  it("keeps file notes from the runner's view but in their export; a discharged plan is read-only and off the dashboard", async () => {
    const { physio, runner, planId } = await setup();
    await addNote(db, physio, { planId, input: { body: "Keep going", visibility: "patient" } });
    await addNote(db, physio, { planId, input: { body: "Suspect low iron", visibility: "file" } });
    await expect(addNote(db, physio, { planId, input: { body: "x", visibility: "everyone" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await listNotes(db, planId, "patient")).map((n) => n.body)).toEqual(["Keep going"]);

    await expect(
      dischargePlan(db, physio, { planId, today: TODAY, input: { note: "All done", confirm: false } }),
    ).rejects.toMatchObject({ messageKey: "control.errors.confirmDischarge" });
    await dischargePlan(db, physio, { planId, today: TODAY, input: { note: "All done", confirm: true } });
    expect((await findPlan(db, planId))?.dischargedOn).toBe(TODAY);
    expect((await listPatients(db, physio, TODAY)).patients).toHaveLength(0);
    expect((await getPatient(db, physio, planId, "2026-12-01")).state.asOf).toBe(TODAY);

    await expect(
      changePlanSettings(db, physio, { planId, today: TODAY, input: { settings: { tolerance: 2 } } }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.planDischarged" });
    await expect(addNote(db, physio, { planId, input: { body: "late", visibility: "file" } })).rejects.toMatchObject({
      messageKey: "errors.planDischarged",
    });
    await expect(
      startPause(db, runner, { planId, today: TODAY, input: { from: TODAY, to: "2026-11-25", reason: "holiday" } }),
    ).rejects.toMatchObject({ messageKey: "errors.planDischarged" });
    const checkIn = { ...buildCheckIn({ date: TODAY }) };
    await expect(recordCheckIn(db, runner, { planId, today: TODAY, input: checkIn })).rejects.toMatchObject({
      messageKey: "errors.planDischarged",
    });

    const exported = await exportAccount(db, runner);
    const plan = exported.plans.find((p) => p.id === planId)!;
    expect(plan.notes.map((n) => [n.body, n.visibility])).toEqual([
      ["Keep going", "patient"],
      ["Suspect low iron", "file"],
    ]);
    expect(plan.events.map((e) => e.kind)).toContain("discharge");
  });
});
