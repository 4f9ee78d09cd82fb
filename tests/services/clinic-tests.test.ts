// Running tests measured in the practice: the physio records them in phase 3, they count for the gate, and
// the patient page lists every attempt with its source; bad input or the wrong caller changes nothing.
import { describe, expect, it } from "vitest";
import { insertPlanEvent } from "@/lib/server/plan/queries";
import { readinessTestsFrom } from "@/lib/http/form-fields";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { recordClinicTests } from "@/lib/server/check-in/record-clinic-tests";
import { buildCheckIn, passedReadiness } from "../engine/factories";
import { createReportingPatient } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange, readPlanRecord } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";
const formDataOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

// A calf strain moved to phase 3 by the physio on the 19th, pain-free since; the runner did the walk on the 20th.
async function inPhase3() {
  const patient = await createReportingPatient(db, TODAY, {
    checkIns: [
      buildCheckIn({ date: "2026-11-19" }),
      buildCheckIn({ date: "2026-11-20", readiness: { walk: { minutes: 30, pain: 0 } } }),
    ],
  });
  await insertPlanEvent(db, {
    planId: patient.planId,
    date: "2026-11-19",
    kind: "override",
    payload: { by: "physio", phase: 3 },
    actorId: patient.physio.id,
  });
  return patient;
}

describe("recordClinicTests", () => {
  it("stores the tests as measured in the practice: they count, and the page shows each attempt's source", async () => {
    const { physio, planId } = await inPhase3();
    const { walk: _, ...rest } = passedReadiness;
    const state = await recordClinicTests(db, physio, {
      planId,
      today: TODAY,
      input: { tests: { ...rest, calfRaise: { left: 20, right: 24, pain: 0 } }, note: "Gemeten in de praktijk" },
    });
    expect(state.gate.readiness).toEqual({ walk: true, calfRaise: true, singleLegSquat: true, hop: true });
    const { events, audit } = await readPlanRecord(db, planId);
    expect(events.find((e) => e.kind === "clinic_tests")).toMatchObject({ actorId: physio.id, date: TODAY });
    expect(audit[0]).toMatchObject({ action: "plan.clinic_tests", detail: { note: "Gemeten in de praktijk" } });

    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.readiness.walk).toEqual([expect.objectContaining({ on: "2026-11-20", source: "runner" })]);
    expect(patient.readiness.calfRaise).toEqual([
      expect.objectContaining({ on: TODAY, source: "clinic", left: 20, right: 24, lsi: 83, pain: 0, passed: true }),
    ]);
  });

  it.each([
    { name: "a half-filled test", tests: { calfRaise: { left: 20, pain: 0 } }, field: "tests.calfRaise.right" },
    { name: "no test at all", tests: {}, field: "tests" },
    { name: "a pain of 11", tests: { walk: { minutes: 30, pain: 11 } }, field: "tests.walk.pain" },
    { name: "negative reps", tests: { bridge: { left: -1, right: 20, pain: 0 } }, field: "tests.bridge.left" },
  ])("refuses $name with the field at fault, and stores nothing", async ({ tests, field }) => {
    const patient = await createReportingPatient(db, TODAY);
    await expect(
      recordClinicTests(db, patient.physio, { planId: patient.planId, today: TODAY, input: { tests } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: expect.arrayContaining([field]) } });
    await expectNoChange(db, patient.planId);
  });

  it("refuses outside phase 3 (CONFLICT) and stores nothing", async () => {
    const { physio, planId } = await createReportingPatient(db, TODAY);
    await expect(
      recordClinicTests(db, physio, { planId, today: TODAY, input: { tests: passedReadiness } }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "patient.errors.notPhase3" });
    await expectNoChange(db, planId);
  });

  it("the runner gets FORBIDDEN and another physio NOT_FOUND; nothing is stored", async () => {
    const patient = await createReportingPatient(db, TODAY);
    const input = { tests: passedReadiness };
    await expect(recordClinicTests(db, patient.runner, { planId: patient.planId, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await createCaller(db, "physio");
    await expect(recordClinicTests(db, other, { planId: patient.planId, input })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expectNoChange(db, patient.planId);
  });
});

describe("readinessTestsFrom (the clinic form's boxes)", () => {
  it("leaves blank tests out, keeps hop's count or seconds, and marks a blank box so the schema names it", () => {
    const form = formDataOf({
      "calfRaise.left": "18",
      "calfRaise.right": "",
      "calfRaise.pain": "1",
      "hop.seconds": "30",
      "hop.pain": "0",
      "walk.minutes": "",
      "walk.pain": "",
    });
    expect(readinessTestsFrom(form)).toEqual({
      calfRaise: { left: 18, right: Number.NaN, pain: 1 },
      hop: { seconds: 30, pain: 0 },
    });
  });
});
