import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/db/queries/audit";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/db/queries/check-ins";
import { listNotes } from "@/lib/db/queries/notes";
import { findPlan, insertPlan, listPlanEvents } from "@/lib/db/queries/plans";
import { defaultSettings, Intake, type CheckIn, type PlanSettings } from "@/lib/engine";
import { addNote } from "@/lib/services/add-note";
import { changePlanSettings } from "@/lib/services/change-plan-settings";
import { decideTransition } from "@/lib/services/decide-transition";
import { getPatient } from "@/lib/services/get-patient";
import { loadPlan, stateOf } from "@/lib/services/load-plan";
import { clearRedFlag } from "@/lib/services/physio-clearance";
import { listPlanChanges } from "@/lib/services/plan-changes";
import { syncPlanSummary } from "@/lib/services/sync-plan-summary";
import { buildCheckIn } from "../engine/factories";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

// A runner linked to a physio, started on the 19th, with pain-free reports on the 19th and 20th and
// today's report as given (pain 2 during the session by default).
async function setup(
  options: {
    tissue?: Intake["tissue"];
    today?: Partial<CheckIn> | null;
    settings?: Partial<PlanSettings>;
    checkIns?: CheckIn[];
    startOn?: string;
  } = {},
) {
  const physio = await createCaller(db, "physio");
  const runner = await createCaller(db);
  const intake = Intake.parse({
    site: "calf",
    tissue: options.tissue ?? "muscle",
    lastRunOn: "2026-11-10",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: options.startOn ?? "2026-11-19",
  });
  const settings = { ...defaultSettings(intake), ...options.settings };
  const plan = await insertPlan(db, { runnerId: runner.id, physioId: physio.id, intake, settings });
  const checkIns = options.checkIns ?? [
    buildCheckIn({ date: "2026-11-19" }),
    buildCheckIn({ date: "2026-11-20" }),
    ...(options.today === null ? [] : [buildCheckIn({ date: TODAY, painDuring: 2, ...options.today })]),
  ];
  for (const c of checkIns) await upsertCheckIn(db, { planId: plan.id, ...checkInColumns(c) });
  const loaded = await loadPlan(db, runner, plan.id);
  await syncPlanSummary(db, { id: plan.id, intake, checkIns }, stateOf(loaded, TODAY));
  return { physio, runner, planId: plan.id };
}

async function snapshot(planId: string) {
  const [plan, events, audit, notes] = await Promise.all([
    findPlan(db, planId),
    listPlanEvents(db, planId),
    listAudit(db, planId),
    listNotes(db, planId),
  ]);
  return { plan, events, audit, notes };
}

describe("changePlanSettings", () => {
  it("records only the changed fields as an event, logs it and shows the new gate", async () => {
    const { physio, planId } = await setup();
    const before = await getPatient(db, physio, planId, TODAY);
    expect(before.state.gate).toMatchObject({ toPhase: 2, streak: 0, required: 3 });

    const state = await changePlanSettings(db, physio, {
      planId,
      today: TODAY,
      input: {
        settings: { tolerance: 2, painFreeDays: { toPhase2: 5, toPhase3: 3 }, maxLevelsPerWeek: 1 },
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
    ["nothing that changes", { settings: { tolerance: 0, maxLevelsPerWeek: 1 } }, "patient.errors.noChange"],
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

// The gate was met on yesterday's report (started on the 18th, three pain-free days, approval required).
// A decision answers a state the runner's reports produced on an earlier day: the engine replays a
// day's events before that day's report.
const waiting = {
  startOn: "2026-11-18",
  checkIns: ["2026-11-18", "2026-11-19", "2026-11-20"].map((date) => buildCheckIn({ date })),
  settings: { approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false } },
};

describe("decideTransition", () => {
  it("approves the pending transition with a note: the patient moves on and sees who and why", async () => {
    const { physio, runner, planId } = await setup(waiting);
    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.state).toMatchObject({ status: "awaiting_approval", pendingTransition: 2, phase: 1 });
    expect((await findPlan(db, planId))?.status).toBe("awaiting_approval");

    const state = await decideTransition(db, physio, {
      planId,
      today: TODAY,
      input: { decision: "approve", toPhase: "2", note: "Good work" },
    });
    expect(state).toMatchObject({ status: "active", phase: 2 });
    expect(await findPlan(db, planId)).toMatchObject({ status: "active", phase: 2 });
    const { events, audit } = await snapshot(planId);
    expect(events[0]).toMatchObject({
      kind: "approve_transition",
      actorId: physio.id,
      payload: { toPhase: 2, note: "Good work" },
    });
    expect(audit[0]).toMatchObject({ action: "plan.approve_transition", detail: { toPhase: 2, note: "Good work" } });
    const changes = await listPlanChanges(db, await loadPlan(db, runner, planId));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "approve_transition",
        toPhase: 2,
        note: "Good work",
        actorName: physio.name,
        date: TODAY,
      }),
    ]);
  });

  it("declines it: the plan stays in its phase and the streak starts again", async () => {
    const { physio, planId } = await setup(waiting);
    const state = await decideTransition(db, physio, {
      planId,
      today: TODAY,
      input: { decision: "decline", toPhase: 2 },
    });
    expect(state).toMatchObject({ status: "active", phase: 1 });
    expect(state.gate.streak).toBe(0);
    expect((await snapshot(planId)).events[0]).toMatchObject({ kind: "decline_transition" });
  });

  it("answers CONFLICT when nothing is pending, and stores nothing", async () => {
    const { physio, planId } = await setup();
    await expect(
      decideTransition(db, physio, { planId, today: TODAY, input: { decision: "approve", toPhase: 2 } }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "patient.errors.notAwaiting" });
    expect((await snapshot(planId)).events).toHaveLength(0);
  });
});

describe("a decision on the day of the report that called for it", () => {
  // Events carry a date, not a time: the engine retries an answer after that day's check-in.
  it("takes effect for an approval and for a clearance, and is stored", async () => {
    const approval = await setup({
      today: { painDuring: 0 },
      settings: { approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false } },
    });
    expect((await getPatient(db, approval.physio, approval.planId, TODAY)).state.status).toBe("awaiting_approval");
    const approved = await decideTransition(db, approval.physio, {
      planId: approval.planId,
      today: TODAY,
      input: { decision: "approve", toPhase: 2 },
    });
    expect(approved.phase).toBe(2);
    const paused = await setup({ today: { painDuring: 0, nightPain: true } });
    const cleared = await clearRedFlag(db, paused.physio, {
      planId: paused.planId,
      today: TODAY,
      input: { note: "seen" },
    });
    expect(cleared.status).toBe("active");
    for (const planId of [approval.planId, paused.planId]) expect((await snapshot(planId)).events).toHaveLength(1);
  });
});

describe("clearRedFlag", () => {
  it("resumes a paused plan with the physio's note", async () => {
    const { physio, planId } = await setup({
      checkIns: [buildCheckIn({ date: "2026-11-19" }), buildCheckIn({ date: "2026-11-20", nightPain: true })],
    });
    expect((await findPlan(db, planId))?.status).toBe("paused_red_flag");
    await expect(clearRedFlag(db, physio, { planId, today: TODAY, input: { note: " " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const state = await clearRedFlag(db, physio, {
      planId,
      today: TODAY,
      input: { note: "Seen today: no stress fracture" },
    });
    expect(state.status).toBe("active");
    expect((await findPlan(db, planId))?.status).toBe("active");
    const { events, audit } = await snapshot(planId);
    expect(events).toEqual([
      expect.objectContaining({
        kind: "clearance",
        actorId: physio.id,
        payload: { by: "physio", note: "Seen today: no stress fracture" },
      }),
    ]);
    expect(audit[0]).toMatchObject({ action: "plan.clearance", detail: { redFlags: ["reason.redFlag.nightPain"] } });
  });

  it("answers CONFLICT for a plan that is not paused", async () => {
    const { physio, planId } = await setup();
    await expect(clearRedFlag(db, physio, { planId, today: TODAY, input: { note: "ok" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("addNote", () => {
  it("keeps the note with the plan and logs it", async () => {
    const { physio, planId } = await setup();
    await addNote(db, physio, { planId, input: { body: "  Check shoes next visit " } });
    const { notes, audit } = await snapshot(planId);
    expect(notes).toEqual([expect.objectContaining({ body: "Check shoes next visit", authorName: physio.name })]);
    expect(audit[0]).toMatchObject({ action: "note.added" });
  });
});

describe("access", () => {
  const calls = {
    settings: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      changePlanSettings(db, caller, { planId, today: TODAY, input: { settings: { tolerance: 2 } } }),
    approve: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      decideTransition(db, caller, { planId, today: TODAY, input: { decision: "approve", toPhase: 2 } }),
    clearance: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      clearRedFlag(db, caller, { planId, today: TODAY, input: { note: "cleared" } }),
    note: (caller: Parameters<typeof changePlanSettings>[1], planId: string) =>
      addNote(db, caller, { planId, input: { body: "hello" } }),
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
