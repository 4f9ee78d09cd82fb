// A physio's decisions on a patient's plan: a transition approved or declined, a red flag cleared.
import { describe, expect, it } from "vitest";
import { findPlan } from "@/lib/server/plan/queries";
import { decideTransition } from "@/lib/server/plan/decide-transition";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import type { SessionUser } from "@/lib/auth/session";
import { notesForRunner } from "@/lib/server/physio/add-note";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { clearRedFlag } from "@/lib/server/check-in/clear-red-flag";
import { ClearanceSchema, DecisionSchema } from "@/lib/forms/schemas/plan-control";
import { parseForm } from "@/lib/forms/parse";
import { formOf } from "../support/form";
import { listPlanChanges } from "@/lib/server/plan/plan-changes";
import { buildCheckIn } from "../engine/factories";
import { createReportingPatient, type ReportingPatientOptions } from "../factories/patient-plan";
import { createTestDatabase } from "../setup/test-db";
import { readPlanRecord } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";
const setup = (options?: ReportingPatientOptions) => createReportingPatient(db, TODAY, options);
const snapshot = (planId: string) => readPlanRecord(db, planId);

// Everything the runner's own pages and routes read about their plan: the changes with their notes, the notes
// meant for them, the plan and its state, and their data export.
async function expectRunnerNeverSees(runner: SessionUser, planId: string, finding: string) {
  const plan = await loadPlan(db, runner, planId);
  const seen = JSON.stringify([
    await listPlanChanges(db, plan),
    await notesForRunner(db, plan),
    { intake: plan.intake, events: plan.events, state: stateOf(plan, TODAY) },
  ]);
  expect(seen).not.toContain(finding);
}

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
      input: { decision: "approve", toPhase: 2, note: "Good work" },
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

  it("declines it: the plan stays in its phase, the streak keeps counting, a re-check in 3 days", async () => {
    const { physio, runner, planId } = await setup(waiting);
    const state = await decideTransition(db, physio, {
      planId,
      today: TODAY,
      input: { decision: "decline", toPhase: 2, note: "Let's see the swelling settle first" },
    });
    expect(state).toMatchObject({ status: "active", phase: 1 });
    expect(state.gate.streak).toBeGreaterThan(0);
    expect(state.gate.missing).toContainEqual({ key: "gate.missing.recheck", params: { on: "2026-11-24" } });
    const { events, audit } = await snapshot(planId);
    expect(events[0]).toMatchObject({ kind: "decline_transition", payload: { toPhase: 2, recheckOn: "2026-11-24" } });
    expect(audit[0]).toMatchObject({ detail: { toPhase: 2, recheckOn: "2026-11-24" } });
    // The runner sees the reason with the physio's name.
    const changes = await listPlanChanges(db, await loadPlan(db, runner, planId));
    expect(changes[0]).toMatchObject({ kind: "decline_transition", note: "Let's see the swelling settle first" });
  });

  it("declines with the physio's own re-check date: the gate asks again on that day, not before", async () => {
    const { physio, planId } = await setup(waiting);
    const state = await decideTransition(db, physio, {
      planId,
      today: TODAY,
      input: { decision: "decline", toPhase: 2, note: "See you Friday", recheckOn: "2026-11-27" },
    });
    expect(state.gate.missing).toContainEqual({ key: "gate.missing.recheck", params: { on: "2026-11-27" } });
    expect((await snapshot(planId)).events[0]).toMatchObject({ payload: { recheckOn: "2026-11-27" } });
  });

  // What the form's schema can tell alone: no reason for a decline, a day that does not exist.
  it.each([
    [{ note: "" }, "patient.errors.declineReason", "note"],
    [{ note: "   " }, "patient.errors.declineReason", "note"],
    [{ note: "Not yet", recheckOn: "2026-02-30" }, "patient.errors.recheckOn", "recheckOn"],
  ])("the decision form refuses a decline with %o on its field", (input, messageKey, field) => {
    const form = formOf({ planId: "p", decision: "decline", toPhase: "2", ...input });
    expect(parseForm(form, DecisionSchema)).toMatchObject({ status: "error", error: { [field]: [messageKey] } });
  });

  // What needs the plan's own today: a re-check not after today, or more than four weeks on.
  it.each([
    [{ note: "Not yet", recheckOn: TODAY }, "patient.errors.recheckOn", "recheckOn"],
    [{ note: "Not yet", recheckOn: "2026-11-20" }, "patient.errors.recheckOn", "recheckOn"],
    [{ note: "Not yet", recheckOn: "2026-12-20" }, "patient.errors.recheckOn", "recheckOn"],
  ])("refuses a decline with %o, says why and stores nothing", async (input, messageKey, field) => {
    const { physio, planId } = await setup(waiting);
    await expect(
      decideTransition(db, physio, { planId, today: TODAY, input: { decision: "decline", toPhase: 2, ...input } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey, details: { field } });
    expect((await snapshot(planId)).events).toHaveLength(0);
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
      input: { finding: "seen" },
    });
    expect(cleared.status).toBe("active");
    for (const planId of [approval.planId, paused.planId]) expect((await snapshot(planId)).events).toHaveLength(1);
  });
});

describe("clearRedFlag", () => {
  it("resumes a paused plan: the finding goes to the physio's file, the message to the runner", async () => {
    const { physio, runner, planId } = await setup({
      checkIns: [buildCheckIn({ date: "2026-11-19" }), buildCheckIn({ date: "2026-11-20", nightPain: true })],
    });
    expect((await findPlan(db, planId))?.status).toBe("paused_red_flag");
    // The finding is required; a message alone (or a blank finding) is refused with the field named.
    for (const input of [{ finding: " " }, { note: "Rustig hervatten" }] as Record<string, string>[])
      expect(parseForm(formOf({ planId, ...input }), ClearanceSchema)).toMatchObject({
        status: "error",
        error: { finding: ["errors.required"] },
      });
    const state = await clearRedFlag(db, physio, {
      planId,
      today: TODAY,
      input: { finding: "SLR 80° bdz, no bone tenderness", note: "Seen today: resume calmly" },
    });
    expect(state.status).toBe("active");
    expect((await findPlan(db, planId))?.status).toBe("active");
    const { events, audit, notes } = await snapshot(planId);
    expect(events).toEqual([
      expect.objectContaining({
        kind: "clearance",
        actorId: physio.id,
        payload: { by: "physio", note: "Seen today: resume calmly" },
      }),
    ]);
    expect(notes).toEqual([expect.objectContaining({ body: "SLR 80° bdz, no bone tenderness", visibility: "file" })]);
    expect(audit[0]).toMatchObject({ action: "plan.clearance", detail: { redFlags: ["reason.redFlag.nightPain"] } });
    await expectRunnerNeverSees(runner, planId, "SLR 80° bdz");
    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.notes.map((n) => n.body)).toEqual(["SLR 80° bdz, no bone tenderness"]);
  });

  it("a decision's finding goes to the file too; the runner reads only the message", async () => {
    const { physio, runner, planId } = await setup(waiting);
    await decideTransition(db, physio, {
      planId,
      today: TODAY,
      input: { decision: "decline", toPhase: 2, finding: "Hop test L 8 R 12, antalgic", note: "A few more days" },
    });
    expect((await snapshot(planId)).notes).toEqual([
      expect.objectContaining({ body: "Hop test L 8 R 12, antalgic", visibility: "file" }),
    ]);
    await expectRunnerNeverSees(runner, planId, "antalgic");
    const changes = await listPlanChanges(db, await loadPlan(db, runner, planId));
    expect(changes[0]).toMatchObject({ kind: "decline_transition", note: "A few more days" });
  });

  it("answers CONFLICT for a plan that is not paused", async () => {
    const { physio, planId } = await setup();
    await expect(clearRedFlag(db, physio, { planId, today: TODAY, input: { finding: "ok" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
