// Changes around the plan: a pause and its end, a corrected intake, notes and the discharge.
import { describe, expect, it } from "vitest";
import { listNotes } from "@/lib/server/physio/note-queries";
import { findPlan, listPlanEvents } from "@/lib/server/plan/queries";
import { addNote } from "@/lib/server/physio/add-note";
import { NoteSchema } from "@/lib/forms/schemas/note";
import { parseForm } from "@/lib/forms/parse";
import { formOf } from "../support/form";
import { changePlanSettings } from "@/lib/server/plan/change-plan-settings";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { dischargePlan } from "@/lib/server/plan/discharge-plan";
import { exportAccount } from "@/lib/server/account/export-account";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { listPatients } from "@/lib/server/physio/list-patients";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { endPause, startPause } from "@/lib/server/plan/pause-plan";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { buildCheckIn } from "../engine/factories";
import { createTendonPatient } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

const setup = (options?: { selfGuided?: boolean }) => createTendonPatient(db, TODAY, options);
const unchanged = (planId: string) => expectNoChange(db, planId);

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
    // A visibility the form does not offer is refused by the note form's schema, on that field.
    expect(parseForm(formOf({ planId, body: "x", visibility: "everyone" }), NoteSchema)).toMatchObject({
      status: "error",
      error: { visibility: ["errors.invalidChoice"] },
    });
    expect((await listNotes(db, planId, { runner: true })).map((n) => n.body)).toEqual(["Keep going"]);
    // A file note is its author's: another physio reading the plan sees only the note for the patient.
    expect((await listNotes(db, planId, { physioId: "someone-else" })).map((n) => n.body)).toEqual(["Keep going"]);
    expect((await listNotes(db, planId, { physioId: physio.id })).map((n) => n.body).sort()).toEqual([
      "Keep going",
      "Suspect low iron",
    ]);

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
