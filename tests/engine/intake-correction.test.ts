// A corrected intake replays as if it had been entered at the start (DOMAIN §2, §3): the plan with a
// correction must equal a plan started with the right intake, its tissue's rules (Warden et al. 2014
// for bone, Silbernagel et al. 2007 for a tendon) and its time off included.
import { describe, expect, it } from "vitest";
import {
  computePlanState,
  correctedIntake,
  defaultSettings,
  settingsInForce,
  type Intake,
  type IntakeCorrection,
  type PlanEvent,
  type PlanState,
} from "@/lib/engine";
import { addDays, buildEvent, buildIntake } from "./factories";

const START = "2025-03-03";
const TODAY = addDays(START, 10);

const correction = (intake: IntakeCorrection, date = addDays(START, 5)) =>
  buildEvent("intake_correction", { date, intake });

// What the physio, the runner and the projection read from a state.
const seen = (s: PlanState) => ({
  gate: s.gate,
  projection: s.projection,
  phase: s.phase,
  status: s.status,
  week: s.week,
});

function replay(intake: Intake, events: PlanEvent[], today = TODAY) {
  return computePlanState({ intake, settings: defaultSettings(intake), checkIns: [], events }, today);
}

describe("a corrected intake replays as if entered at the start", () => {
  const muscle = buildIntake({ site: "calf", tissue: "muscle", lastRunOn: addDays(START, -2), startOn: START });
  it.each<[string, IntakeCorrection, { minDays: number; needsApproval: boolean }]>([
    [
      "muscle → bone at a high-risk site: six weeks' phase 1, approval",
      { tissue: "bone", boneSite: "navicular" },
      { minDays: 42, needsApproval: true },
    ],
    ["muscle → bone, site unknown: graded high risk", { tissue: "bone" }, { minDays: 42, needsApproval: true }],
    [
      "muscle → bone at a low-risk site: two weeks' phase 1",
      { tissue: "bone", boneSite: "posteromedial_tibia" },
      { minDays: 14, needsApproval: false },
    ],
    [
      "muscle → tendon: the default three days",
      { tissue: "tendon", site: "achilles" },
      { minDays: 3, needsApproval: false },
    ],
  ])("%s", (_name, fix, gate) => {
    const state = replay(muscle, [correction(fix)]);
    const right = { ...muscle, ...fix };
    expect(state.gate).toMatchObject(gate);
    expect(seen(state)).toEqual(seen(replay(right, [])));
  });

  it.each<[string, Intake, IntakeCorrection]>([
    [
      "an earlier last run (a long lay-off) lengthens the ladder and moves the projection",
      muscle,
      { lastRunOn: addDays(START, -120) },
    ],
    [
      "a bone's rest counts from the corrected last run",
      buildIntake({
        tissue: "bone",
        boneSite: "navicular",
        site: "foot",
        lastRunOn: addDays(START, -1),
        startOn: START,
      }),
      { lastRunOn: addDays(START, -30) },
    ],
    [
      "a later last run (on the start day) shortens the time off",
      buildIntake({ lastRunOn: addDays(START, -60), startOn: START }),
      { lastRunOn: START },
    ],
    [
      "bone → muscle: the bone's rules no longer hold",
      buildIntake({ tissue: "bone", boneSite: "navicular", startOn: START }),
      { tissue: "muscle" },
    ],
  ])("%s", (_name, intake, fix) => {
    const before = replay(intake, []);
    const after = replay(intake, [correction(fix)]);
    expect(seen(after)).toEqual(seen(replay({ ...intake, ...fix }, [])));
    expect(seen(after)).not.toEqual(seen(before));
  });

  it("a bone's corrected last run changes the days counted in phase 1", () => {
    const bone = buildIntake({
      tissue: "bone",
      boneSite: "navicular",
      site: "foot",
      lastRunOn: addDays(START, -1),
      startOn: START,
    });
    expect(replay(bone, []).gate.daysInPhase).toBe(12);
    expect(replay(bone, [correction({ lastRunOn: addDays(START, -30) })]).gate.daysInPhase).toBe(41);
  });

  it("an earlier last run projects a later return", () => {
    const later = replay(muscle, [correction({ lastRunOn: addDays(START, -120) })]).projection.backToLevelOn;
    expect(later > replay(muscle, []).projection.backToLevelOn).toBe(true);
  });

  it("a correction not known yet (dated after today) changes nothing", () => {
    const fix = correction({ tissue: "bone" }, addDays(TODAY, 1));
    expect(seen(replay(muscle, [fix]))).toEqual(seen(replay(muscle, [])));
  });

  it("skips a last run after the plan's start (the intake would be inconsistent)", () => {
    const fix = correction({ lastRunOn: addDays(START, 1) });
    expect(correctedIntake(muscle, [fix], TODAY).lastRunOn).toBe(muscle.lastRunOn);
    expect(seen(replay(muscle, [fix]))).toEqual(seen(replay(muscle, [])));
  });
});

describe("settings tuned for the wrong tissue", () => {
  const muscle = buildIntake({ tissue: "muscle", startOn: START });
  const tuned = buildEvent("settings_change", {
    date: addDays(START, 1),
    settings: { minPhaseDays: { phase1: 5 }, tolerance: 2 },
  });
  const toBone = correction({ tissue: "bone", boneSite: "navicular" }, addDays(START, 3));

  it("drops a change made before the correction to a field the tissue sets, keeps the others", () => {
    const settings = settingsInForce(muscle, defaultSettings(muscle), [tuned, toBone], TODAY);
    expect(settings.minPhaseDays.phase1).toBe(42);
    expect(settings.approvalRequired).toEqual({ toPhase2: true, toPhase3: true, toPhase4: true });
    expect(settings.maxLevelsPerWeek).toBe(1);
    // The tolerance is not the tissue's default: kept, but bone accepts no pain whatever it says.
    expect(settings.tolerance).toBe(2);
    expect(replay(muscle, [tuned, toBone]).gate.minDays).toBe(42);
  });

  it("keeps a change made after the correction", () => {
    const later = buildEvent("settings_change", {
      date: addDays(START, 4),
      settings: { minPhaseDays: { phase1: 50 } },
    });
    expect(settingsInForce(muscle, defaultSettings(muscle), [tuned, toBone, later], TODAY).minPhaseDays.phase1).toBe(
      50,
    );
    expect(replay(muscle, [tuned, toBone, later]).gate.minDays).toBe(50);
  });

  it("a correction that does not touch the tissue's defaults keeps every change", () => {
    const site = correction({ site: "shin" }, addDays(START, 3));
    expect(settingsInForce(muscle, defaultSettings(muscle), [tuned, site], TODAY).minPhaseDays.phase1).toBe(5);
  });

  it("a tendon's corrected rest pain becomes its baseline", () => {
    const tendon = buildIntake({ site: "achilles", tissue: "tendon", restPainBaseline: 0, startOn: START });
    const settings = settingsInForce(tendon, defaultSettings(tendon), [correction({ restPainBaseline: 2 })], TODAY);
    expect(settings.tendonBaseline).toBe(2);
  });
});
