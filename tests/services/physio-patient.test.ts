// A physio's changes to a patient's plan: settings and notes, and who may make them.
import { describe, expect, it } from "vitest";
import { addNote } from "@/lib/server/physio/add-note";
import { NoteSchema } from "@/lib/forms/schemas/note";
import { changePlanSettings } from "@/lib/server/plan/change-plan-settings";
import { decideTransition } from "@/lib/server/plan/decide-transition";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { clearRedFlag } from "@/lib/server/check-in/clear-red-flag";
import { createReportingPatient, type ReportingPatientOptions } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { readPlanRecord } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";
const setup = (options?: ReportingPatientOptions) => createReportingPatient(db, TODAY, options);
const snapshot = (planId: string) => readPlanRecord(db, planId);

describe("changePlanSettings", () => {
  it("records only the changed fields as an event, logs it and shows the new gate", async () => {
    const { physio, planId } = await setup();
    const before = await getPatient(db, physio, planId, TODAY);
    expect(before.state.gate).toMatchObject({ toPhase: 2, streak: 0, required: 3 });

    const state = await changePlanSettings(db, physio, {
      planId,
      today: TODAY,
      input: {
        // The patient has a muscle strain: three levels a week is already its default.
        settings: { tolerance: 2, painFreeDays: { toPhase2: 5, toPhase3: 3 }, maxLevelsPerWeek: 3 },
        note: "Some pain is fine now",
      },
    });
    // Tolerance 2 makes today's pain-2 report count: 3 pain-free days of the 5 now required.
    expect(state.gate).toMatchObject({ toPhase: 2, streak: 3, required: 5 });

    const { events, audit, plan } = await snapshot(planId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "settings_change",
      date: TODAY,
      actorId: physio.id,
      payload: {
        by: "physio",
        note: "Some pain is fine now",
        settings: { tolerance: 2, painFreeDays: { toPhase2: 5 } },
      },
    });
    expect(events[0]!.payload).not.toHaveProperty("maxLevelsPerWeek");
    expect((events[0]!.payload as { settings: object }).settings).toEqual({
      tolerance: 2,
      painFreeDays: { toPhase2: 5 },
    });
    expect(audit[0]).toMatchObject({
      action: "plan.settings_change",
      actorName: physio.name,
      detail: {
        note: "Some pain is fine now",
        changes: [
          { field: "tolerance", from: 0, to: 2 },
          { field: "painFreeDays.toPhase2", from: 3, to: 5 },
        ],
      },
    });
    expect(plan?.summary).toMatchObject({ phase: 1 });

    const after = await getPatient(db, physio, planId, TODAY);
    expect(after.settings.tolerance).toBe(2);
    expect(after.changes[0]).toMatchObject({
      kind: "settings_change",
      note: "Some pain is fine now",
      settings: [
        { field: "tolerance", from: 0, to: 2 },
        { field: "painFreeDays.toPhase2", from: 3, to: 5 },
      ],
    });
  });

  // Silbernagel 2007: a chronic tendon may sit at a small baseline of rest and morning pain.
  it("sets a tendon's baseline pain with an audit row, and the runner sees the change", async () => {
    const { physio, planId } = await setup({ tissue: "tendon" });
    await changePlanSettings(db, physio, {
      planId,
      today: TODAY,
      input: { settings: { tendonBaseline: 2 }, note: "Morning stiffness is usual for you" },
    });
    const { events, audit } = await snapshot(planId);
    expect(events[0]).toMatchObject({ kind: "settings_change", payload: { settings: { tendonBaseline: 2 } } });
    expect(audit[0]).toMatchObject({
      action: "plan.settings_change",
      detail: { changes: [{ field: "tendonBaseline", from: 0, to: 2 }] },
    });
    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.settings.tendonBaseline).toBe(2);
    expect(patient.changes[0]!.settings).toEqual([{ field: "tendonBaseline", from: 0, to: 2 }]);
    await expect(
      changePlanSettings(db, physio, { planId, today: TODAY, input: { settings: { tendonBaseline: 2 } } }),
    ).rejects.toMatchObject({ messageKey: "patient.errors.noChange" });
  });

  it("keeps a bone injury's tolerance at 0, even when asked, and stores nothing", async () => {
    const { physio, planId } = await setup({ tissue: "bone" });
    await expect(
      changePlanSettings(db, physio, { planId, today: TODAY, input: { settings: { tolerance: 3 } } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "patient.errors.boneTolerance" });
    const { events, audit } = await snapshot(planId);
    expect(events).toHaveLength(0);
    expect(audit).toHaveLength(0);
    expect((await getPatient(db, physio, planId, TODAY)).settings.tolerance).toBe(0);
  });

  it.each([
    ["a tolerance above 5", { settings: { tolerance: 6 } }, "errors.invalidInput"],
    ["a day count that is not a number", { settings: { painFreeDays: { toPhase2: "many" } } }, "errors.invalidInput"],
    ["the pain-monitoring model for a muscle", { settings: { tendonPainModel: true } }, "patient.errors.tendonOnly"],
    ["nothing that changes", { settings: { tolerance: 0, maxLevelsPerWeek: 3 } }, "patient.errors.noChange"],
    ["a tendon baseline for a muscle", { settings: { tendonBaseline: 2 } }, "patient.errors.tendonBaselineOnly"],
    ["a tendon baseline above 3", { settings: { tendonBaseline: 4 } }, "errors.invalidInput"],
  ])("rejects %s and stores nothing", async (_label, input, messageKey) => {
    const { physio, planId } = await setup();
    await expect(changePlanSettings(db, physio, { planId, today: TODAY, input })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey,
    });
    expect((await snapshot(planId)).events).toHaveLength(0);
  });
});

describe("addNote", () => {
  it("keeps the note with the plan and logs it", async () => {
    const { physio, planId } = await setup();
    await addNote(db, physio, { planId, input: NoteSchema.parse({ body: "  Check shoes next visit " }) });
    const { notes, audit } = await snapshot(planId);
    expect(notes).toEqual([expect.objectContaining({ body: "Check shoes next visit", authorName: physio.name })]);
    expect(audit[0]).toMatchObject({ action: "note.added" });
  });
});

// Each section of the patient page reads only the lists it shows: the overview none, the notes section
// the notes; the state and the settings come with every section.
describe("getPatient's parts", () => {
  it("leaves out the lists a section does not ask for", async () => {
    const { physio, planId } = await setup();
    await addNote(db, physio, { planId, input: NoteSchema.parse({ body: "Only on the notes section" }) });
    const overview = await getPatient(db, physio, planId, TODAY, []);
    expect(overview).toMatchObject({ notes: [], audit: [], changes: [], corrections: [] });
    expect(overview.state.phase).toBeGreaterThanOrEqual(1);
    const notes = await getPatient(db, physio, planId, TODAY, ["notes"]);
    expect(notes.notes.map((n) => n.body)).toEqual(["Only on the notes section"]);
    expect(notes.audit).toEqual([]);
    const all = await getPatient(db, physio, planId, TODAY);
    expect(all.audit.map((a) => a.action)).toContain("note.added");
  });
});

describe("access", () => {
  const calls = {
    settings: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      changePlanSettings(db, caller, { planId, today: TODAY, input: { settings: { tolerance: 2 } } }),
    approve: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      decideTransition(db, caller, { planId, today: TODAY, input: { decision: "approve", toPhase: 2 } }),
    clearance: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      clearRedFlag(db, caller, { planId, today: TODAY, input: { finding: "cleared" } }),
    note: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      addNote(db, caller, { planId, input: NoteSchema.parse({ body: "hello" }) }),
    read: (caller: Parameters<typeof changePlanSettings>[1], planId: string) => getPatient(db, caller, planId, TODAY),
  };

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    "%s: a physio who is not linked gets NOT_FOUND and nothing changes",
    async (name) => {
      const { planId } = await setup({ today: { painDuring: 0, nightPain: true } });
      const stranger = await createCaller(db, "physio");
      const before = await snapshot(planId);
      await expect(calls[name](stranger, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(calls[name](stranger, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await snapshot(planId)).toEqual(before);
    },
  );

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    "%s: a runner, even the patient, gets FORBIDDEN and nothing changes",
    async (name) => {
      const { runner, planId } = await setup({ today: { painDuring: 0, nightPain: true } });
      const before = await snapshot(planId);
      await expect(calls[name](runner, planId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await snapshot(planId)).toEqual(before);
    },
  );
});
