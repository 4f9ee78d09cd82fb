// A bone stress injury's diagnosis date, entered by the physio (Warden et al. 2014: the rest counts
// from the injury): phase 1's days then count from it instead of the last run the runner gave.
import { describe, expect, it } from "vitest";
import { listPlanEvents } from "@/lib/server/plan/queries";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { listPlanChanges } from "@/lib/server/plan/plan-changes";
import { createPatientPlan } from "../factories/patient-plan";
import { createTestDatabase } from "../setup/test-db";
import { expectNoChange } from "../support/plan-record";

const { db } = await createTestDatabase();
const TODAY = "2026-12-07";

// Stopped running on 20 November, started the app on 7 December: day 18 of the rest, not day 1.
const bone = (intake: object = {}) =>
  createPatientPlan(db, {
    today: TODAY,
    checkIns: [],
    intake: {
      site: "foot",
      tissue: "bone",
      boneSite: "navicular",
      lastRunOn: "2026-11-20",
      startOn: TODAY,
      ...intake,
    },
  });

describe("the bone's diagnosis date", () => {
  it("moves the count of phase 1's days from the last run to the diagnosis, and the runner sees it", async () => {
    const { physio, runner, planId } = await bone();
    const before = stateOf(await loadPlan(db, runner, planId), TODAY);
    expect(before.gate).toMatchObject({ daysInPhase: 18, minDays: 42 });

    await correctIntake(db, physio, {
      planId,
      today: TODAY,
      input: { intake: { diagnosedOn: "2026-11-25" }, note: "MRI on 25 November" },
    });
    const after = stateOf(await loadPlan(db, runner, planId), TODAY);
    expect(after.gate).toMatchObject({ daysInPhase: 13, minDays: 42 });
    expect((await listPlanEvents(db, planId))[0]!.payload).toEqual({
      by: "physio",
      intake: { diagnosedOn: "2026-11-25" },
      note: "MRI on 25 November",
    });
    const [change] = await listPlanChanges(db, await loadPlan(db, runner, planId));
    expect(change).toMatchObject({ intake: [{ field: "diagnosedOn", to: "2026-11-25" }], note: "MRI on 25 November" });
  });

  it.each([
    ["2026-12-08", "control.errors.diagnosedOn"],
    ["2024-12-01", "control.errors.diagnosedOn"],
    ["2026-02-30", "control.errors.diagnosedOn"],
    ["25-11-2026", "control.errors.diagnosedOn"],
  ])("refuses %s with a clear message and changes nothing", async (diagnosedOn, messageKey) => {
    const { physio, planId } = await bone();
    await expect(
      correctIntake(db, physio, { planId, today: TODAY, input: { intake: { diagnosedOn }, note: "x" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey, details: { field: "diagnosedOn" } });
    await expectNoChange(db, planId);
  });

  it("is for a bone stress injury only, and only the physio enters it", async () => {
    const tendon = await createPatientPlan(db, { today: TODAY, checkIns: [] });
    await expect(
      correctIntake(db, tendon.physio, {
        planId: tendon.planId,
        today: TODAY,
        input: { intake: { diagnosedOn: "2026-11-25" }, note: "x" },
      }),
    ).rejects.toMatchObject({ messageKey: "control.errors.diagnosedOnBoneOnly" });
    await expectNoChange(db, tendon.planId);

    const selfGuided = await createPatientPlan(db, {
      today: TODAY,
      checkIns: [],
      selfGuided: true,
      intake: { site: "foot", tissue: "bone", boneSite: "navicular", lastRunOn: "2026-11-20", startOn: TODAY },
    });
    await expect(
      correctIntake(db, selfGuided.runner, {
        planId: selfGuided.planId,
        today: TODAY,
        input: { intake: { diagnosedOn: "2026-11-25" } },
      }),
    ).rejects.toMatchObject({ messageKey: "control.errors.diagnosedOnBoneOnly" });
    await expectNoChange(db, selfGuided.planId);
  });
});
