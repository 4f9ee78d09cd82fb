// The injury's clinical record kept with the intake: side, onset, diagnosis (words and an ICD-10 code)
// and imaging. The engine does not read them, but they survive the replay, the export and a correction.
import { describe, expect, it } from "vitest";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { exportAccount } from "@/lib/server/account/export-account";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { createPatientPlan } from "../factories/patient-plan";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-12-07";
const START = "2026-12-01";

const knee = () =>
  createPatientPlan(db, {
    today: TODAY,
    checkIns: [],
    intake: { site: "knee", tissue: "tendon", restPainBaseline: 1, lastRunOn: "2026-11-20", startOn: START },
  });

describe("the clinical record with the intake", () => {
  it("the physio records side, onset, diagnosis and imaging; the plan itself is unchanged; export keeps them", async () => {
    const { physio, runner, planId } = await knee();
    const before = stateOf(await loadPlan(db, runner, planId), TODAY);
    await correctIntake(db, physio, {
      planId,
      today: TODAY,
      input: {
        intake: {
          side: "left",
          onsetOn: "2026-11-02",
          diagnosis: { text: "Patellapeestendinopathie links", code: "M76.5" },
          imaging: { type: "ultrasound", on: "2026-11-30", finding: "Verdikte pees, geen ruptuur" },
        },
        note: "Na echo",
      },
    });
    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.intake).toMatchObject({
      side: "left",
      onsetOn: "2026-11-02",
      diagnosis: { text: "Patellapeestendinopathie links", code: "M76.5" },
      imaging: { type: "ultrasound", on: "2026-11-30", finding: "Verdikte pees, geen ruptuur" },
    });
    expect(patient.state.projection).toEqual(before.projection);
    expect(patient.state.gate).toEqual(before.gate);
    const exported = JSON.stringify(await exportAccount(db, runner));
    expect(exported).toContain("Verdikte pees, geen ruptuur");
    expect(exported).toContain("M76.5");
  });

  it.each([
    ["a side not on the list", { side: "middle" }, "side", "control.errors.side"],
    ["an onset after the plan's start", { onsetOn: "2026-12-02" }, "onsetOn", "control.errors.onsetOn"],
    ["a code not on the list", { diagnosis: { code: "Z99.9" } }, "diagnosis", "control.errors.diagnosis"],
    [
      "a diagnosis over 200 characters",
      { diagnosis: { text: "x".repeat(201) } },
      "diagnosis",
      "control.errors.diagnosis",
    ],
    ["imaging without its type", { imaging: { on: "2026-11-30" } }, "imaging", "control.errors.imagingNeedsType"],
    ["imaging of an unknown type", { imaging: { type: "pet" } }, "imaging", "control.errors.imaging"],
    ["imaging dated after today", { imaging: { type: "mri", on: "2026-12-08" } }, "imaging", "control.errors.imaging"],
  ])("refuses %s with a clear message and changes nothing", async (_name, intake, field, messageKey) => {
    const { physio, planId } = await knee();
    await expect(
      correctIntake(db, physio, { planId, today: TODAY, input: { intake, note: "x" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey,
      details: { field },
    });
    await expectNoChange(db, planId);
  });
});
