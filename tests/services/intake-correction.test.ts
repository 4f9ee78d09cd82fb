// The physio corrects the injury itself (site, tissue, bone site, a tendon's rest pain, the last run):
// the plan replays as if it had been right from the start; a refused correction changes nothing.
import { describe, expect, it } from "vitest";
import { listPlanEvents } from "@/lib/server/plan/queries";
import { changePlanSettings } from "@/lib/server/plan/change-plan-settings";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { listPatients } from "@/lib/server/physio/list-patients";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { listPlanChanges } from "@/lib/server/plan/plan-changes";
import { createPatientPlan } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-12-07";
const START = "2026-12-01";

// A calf strain, last run 28 November, plan started 1 December, linked to a physio.
const calf = (options: { selfGuided?: boolean } = {}) =>
  createPatientPlan(db, {
    today: TODAY,
    checkIns: [],
    selfGuided: options.selfGuided,
    intake: { site: "calf", tissue: "muscle", lastRunOn: "2026-11-28", startOn: START },
  });

describe("the physio corrects the injury", () => {
  it("site, tissue and last run: the plan replays with bone's rules and a later projection; history kept", async () => {
    const { physio, runner, planId } = await calf();
    const before = stateOf(await loadPlan(db, runner, planId), TODAY);
    expect(before.gate).toMatchObject({ minDays: 3, needsApproval: false });

    await correctIntake(db, physio, {
      planId,
      today: TODAY,
      input: { intake: { site: "shin", tissue: "bone", lastRunOn: "2026-10-01" }, note: "Röntgen: stressfractuur" },
    });
    const patient = await getPatient(db, physio, planId, TODAY);
    expect(patient.intake).toMatchObject({ site: "shin", tissue: "bone", lastRunOn: "2026-10-01" });
    // The dashboard lists the corrected site too.
    expect((await listPatients(db, physio, TODAY)).patients.find((p) => p.planId === planId)).toMatchObject({
      site: "shin",
    });
    // Bone with no site named yet: graded high risk, six weeks from the last run, the physio approves.
    expect(patient.state.gate).toMatchObject({ minDays: 42, needsApproval: true });
    expect(patient.settings.minPhaseDays.phase1).toBe(42);
    expect(patient.state.projection.backToLevelOn > before.projection.backToLevelOn).toBe(true);
    // The runner's own view replays the same.
    expect(stateOf(await loadPlan(db, runner, planId), TODAY).projection).toEqual(patient.state.projection);
    // Bone accepts no pain: the settings follow the corrected tissue.
    await expect(
      changePlanSettings(db, physio, { planId, today: TODAY, input: { settings: { tolerance: 2 }, note: "x" } }),
    ).rejects.toMatchObject({ messageKey: "patient.errors.boneTolerance" });

    await correctIntake(db, physio, {
      planId,
      today: TODAY,
      input: { intake: { boneSite: "posteromedial_tibia" }, note: "MRI: posteromediaal" },
    });
    expect((await getPatient(db, physio, planId, TODAY)).state.gate).toMatchObject({
      minDays: 14,
      needsApproval: false,
    });
    const changes = (await listPlanChanges(db, await loadPlan(db, runner, planId))).filter(
      (c) => c.kind === "intake_correction",
    );
    expect(changes).toHaveLength(2);
    expect(
      changes
        .flatMap((c) => c.intake ?? [])
        .map((f) => f.field)
        .sort(),
    ).toEqual(["boneSite", "lastRunOn", "site", "tissue"]);
    // Only the fields that changed are stored.
    expect((await listPlanEvents(db, planId)).map((e) => e.payload)).toContainEqual({
      by: "physio",
      intake: { boneSite: "posteromedial_tibia" },
      note: "MRI: posteromediaal",
    });
  });

  it.each([
    ["a last run after the plan's start", { lastRunOn: "2026-12-02" }, "lastRunOn", "control.errors.lastRunOnRange"],
    ["a last run more than two years back", { lastRunOn: "2024-11-01" }, "lastRunOn", "control.errors.lastRunOnRange"],
    ["a date that does not exist", { lastRunOn: "2026-02-30" }, "lastRunOn", "control.errors.lastRunOn"],
    ["a site not on the list", { site: "neck" }, "site", "control.errors.site"],
    ["a tissue not on the list", { tissue: "nerve" }, "tissue", "control.errors.tissue"],
    ["a bone site for a muscle", { boneSite: "navicular" }, "boneSite", "control.errors.boneSiteBoneOnly"],
    [
      "a rest-pain baseline for a muscle",
      { restPainBaseline: 2 },
      "restPainBaseline",
      "control.errors.restPainTendonOnly",
    ],
    [
      "a rest pain over 3",
      { tissue: "tendon", restPainBaseline: 5 },
      "restPainBaseline",
      "control.errors.restPainBaseline",
    ],
  ])("refuses %s with a clear message and changes nothing", async (_name, intake, field, messageKey) => {
    const { physio, planId } = await calf();
    await expect(
      correctIntake(db, physio, { planId, today: TODAY, input: { intake, note: "x" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey, details: { field } });
    await expectNoChange(db, planId);
  });

  it("another physio cannot correct it (not found, as if there were no plan)", async () => {
    const { planId } = await calf();
    const other = await createCaller(db, "physio");
    await expect(
      correctIntake(db, other, { planId, today: TODAY, input: { intake: { tissue: "bone" }, note: "x" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectNoChange(db, planId);
  });

  it("the runner of a self-guided plan corrects their running, not the injury", async () => {
    const { runner, planId } = await calf({ selfGuided: true });
    for (const intake of [{ tissue: "tendon" }, { lastRunOn: "2026-11-01" }, { site: "knee" }])
      await expect(correctIntake(db, runner, { planId, today: TODAY, input: { intake } })).rejects.toMatchObject({
        messageKey: "control.errors.injuryPhysioOnly",
      });
    await expectNoChange(db, planId);
    await correctIntake(db, runner, { planId, today: TODAY, input: { intake: { weeklyMinutes: 150 } } });
    expect(await listPlanEvents(db, planId)).toHaveLength(1);
  });
});
