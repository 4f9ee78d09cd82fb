// The physio's archive: discharged patients found by name, and a reopen into a new plan that keeps the closed
// one as it was; what a closed plan still tells the runner (its calendar plans nothing more).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findPlan } from "@/lib/server/plan/queries";
import { getOwnerCalendar } from "@/lib/server/calendar/feed";
import { listArchivedPatients, reopenPlan } from "@/lib/server/physio/archive";
import { dischargePlan } from "@/lib/server/plan/discharge-plan";
import { runFormAction } from "@/lib/http/form-action";
import { ReopenSchema } from "@/lib/forms/schemas/plan-control";
import { formOf } from "../support/form";
import { dischargeOf } from "@/lib/server/plan/discharge-view";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { loadCurrentPlan, loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { createPatientPlan } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { readPlanRecord } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

async function discharged(name?: string) {
  const patient = await createPatientPlan(db, { today: TODAY, checkIns: [] });
  if (name) await db.execute(sql`update "user" set name = ${name} where id = ${patient.runner.id}`);
  await dischargePlan(db, patient.physio, {
    planId: patient.planId,
    today: TODAY,
    input: { note: "Well done: keep it easy", confirm: true },
  });
  return patient;
}

describe("listArchivedPatients", () => {
  it("lists the physio's discharged patients only, searched by part of the name (a % matches itself)", async () => {
    const { physio, planId } = await discharged("Dirk Afsluit");
    const open = await createPatientPlan(db, { today: TODAY, checkIns: [] });
    expect((await listArchivedPatients(db, physio, "")).map((r) => r.planId)).toEqual([planId]);
    expect(await listArchivedPatients(db, physio, "dirk AFS")).toEqual([
      expect.objectContaining({ planId, name: "Dirk Afsluit", dischargedOn: TODAY }),
    ]);
    expect(await listArchivedPatients(db, physio, "%")).toEqual([]);
    expect(await listArchivedPatients(db, open.physio, "")).toEqual([]);
    await expect(listArchivedPatients(db, open.runner, "")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reopenPlan", () => {
  it("starts a new plan from today with the old intake; the closed plan stays, and the runner follows the new one", async () => {
    const { physio, runner, planId } = await discharged();
    const before = await readPlanRecord(db, planId);
    const created = await reopenPlan(db, physio, { planId, today: TODAY, input: { lastRunOn: "2026-11-14" } });
    expect(created).not.toBe(planId);
    const fresh = await findPlan(db, created);
    expect(fresh).toMatchObject({ runnerId: runner.id, physioId: physio.id, dischargedOn: null, phase: 1 });
    expect(fresh!.intake).toMatchObject({ startOn: TODAY, lastRunOn: "2026-11-14", site: "achilles" });
    const after = await readPlanRecord(db, planId);
    expect(after.plan?.dischargedOn).toBe(TODAY);
    expect(after.events).toEqual(before.events);
    expect((await readPlanRecord(db, created)).audit[0]).toMatchObject({
      action: "plan.reopened",
      detail: { fromPlanId: planId },
    });
    expect((await loadCurrentPlan(db, runner))?.row.id).toBe(created);
    const page = await getPatient(db, physio, created, TODAY);
    expect(page.otherPlans).toEqual([{ planId, startOn: "2026-11-19", dischargedOn: TODAY }]);

    await expect(
      reopenPlan(db, physio, { planId, today: TODAY, input: { lastRunOn: "2026-11-14" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "physio.archive.errors.reopened" });
  });

  it("refuses a last run after today and creates nothing", async () => {
    const { physio, runner, planId } = await discharged();
    const input = { lastRunOn: "2026-11-22" };
    await expect(reopenPlan(db, physio, { planId, today: TODAY, input })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "lastRunOn" },
    });
    expect((await loadCurrentPlan(db, runner))?.row.id).toBe(planId);
  });

  it("the reopen form refuses no date and creates nothing", async () => {
    const { physio, runner, planId } = await discharged();
    const result = await runFormAction(formOf({ planId, lastRunOn: "" }), ReopenSchema, (input) =>
      reopenPlan(db, physio, { planId, today: TODAY, input }),
    );
    expect(result).toMatchObject({ status: "error", error: { lastRunOn: ["errors.required"] } });
    expect((await loadCurrentPlan(db, runner))?.row.id).toBe(planId);
  });

  it("refuses an open plan (CONFLICT), the runner (FORBIDDEN) and another physio (NOT_FOUND)", async () => {
    const open = await createPatientPlan(db, { today: TODAY, checkIns: [] });
    const input = { lastRunOn: "2026-11-14" };
    await expect(reopenPlan(db, open.physio, { planId: open.planId, today: TODAY, input })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "physio.archive.errors.notDischarged",
    });
    const closed = await discharged();
    await expect(reopenPlan(db, closed.runner, { planId: closed.planId, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await createCaller(db, "physio");
    await expect(reopenPlan(db, other, { planId: closed.planId, input })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await loadCurrentPlan(db, closed.runner))?.row.id).toBe(closed.planId);
  });
});

describe("a closed plan for its runner", () => {
  it("carries the closing note and the last week, and its calendar plans nothing more", async () => {
    const { runner, planId } = await discharged();
    const plan = await loadPlan(db, runner, planId);
    const discharge = dischargeOf(plan, stateOf(plan, TODAY));
    expect(discharge).toMatchObject({ on: TODAY, note: "Well done: keep it easy" });
    expect(discharge!.lastWeek.length).toBeGreaterThan(0);
    const ics = await getOwnerCalendar(db, runner, planId, { now: new Date("2026-11-21T10:00:00Z") });
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).not.toContain("BEGIN:VEVENT");
  });
});
