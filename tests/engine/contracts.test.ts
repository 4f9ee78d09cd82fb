import { describe, expect, it } from "vitest";
import {
  CheckIn,
  Intake,
  PlanEvent,
  PlanSettings,
  PlanState,
  PlanSettingsPatch,
  boneRisk,
  defaultSettings,
  readinessTestsFor,
  type BoneSite,
} from "@/lib/engine";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildScenario,
  painFreeDays,
  passedReadiness,
  stateOn,
} from "./factories";

const START = "2025-03-03";

describe("v2 shapes other parts of the app build on", () => {
  it("a stored check-in without the v2 warning signs parses with each one false", () => {
    const { numbness, feelingIll, hotSwollenCalf, suddenSharpPain, ...old } = {
      ...buildCheckIn(),
      numbness: 1,
      feelingIll: 1,
      hotSwollenCalf: 1,
      suddenSharpPain: 1,
    };
    expect([numbness, feelingIll, hotSwollenCalf, suddenSharpPain]).toHaveLength(4);
    expect(CheckIn.parse(old)).toMatchObject({
      numbness: false,
      feelingIll: false,
      hotSwollenCalf: false,
      suddenSharpPain: false,
    });
  });

  it("readiness accepts the hamstring bridge and knee flexion tests", () => {
    const parsed = CheckIn.parse(
      buildCheckIn({ readiness: { bridge: { left: 22, right: 20, pain: 0 }, kneeFlexion: { pain: 0 } } }),
    );
    expect(parsed.readiness).toEqual({ bridge: { left: 22, right: 20, pain: 0 }, kneeFlexion: { pain: 0 } });
  });

  it("settings without tendonBaseline parse with 0; the patch carries it; it stays within 0–3", () => {
    const { tendonBaseline, ...old } = defaultSettings(buildIntake());
    expect(tendonBaseline).toBe(0);
    expect(PlanSettings.parse(old).tendonBaseline).toBe(0);
    expect(PlanSettingsPatch.parse({ tendonBaseline: 2 })).toEqual({ tendonBaseline: 2 });
    expect(PlanSettingsPatch.safeParse({ tendonBaseline: 4 }).success).toBe(false);
  });

  it("an intake may name the bone site; an unknown site is refused", () => {
    expect(Intake.parse(buildIntake({ tissue: "bone", boneSite: "navicular" })).boneSite).toBe("navicular");
    expect(Intake.safeParse({ ...buildIntake({ tissue: "bone" }), boneSite: "skull" }).success).toBe(false);
  });

  it("an override accepts a level above 60 (long lay-offs have long ladders)", () => {
    expect(PlanEvent.safeParse({ kind: "override", date: START, by: "physio", level: 75 }).success).toBe(true);
    expect(PlanEvent.safeParse({ kind: "override", date: START, by: "physio", level: 0 }).success).toBe(false);
  });
});

// Warden et al. 2014: high-risk bone stress injury sites.
describe("boneRisk (Warden et al. 2014)", () => {
  it.each<[BoneSite | undefined, "high" | "low"]>([
    ["navicular", "high"],
    ["femoral_neck", "high"],
    ["anterior_tibia", "high"],
    ["fifth_metatarsal", "high"],
    ["sesamoid", "high"],
    ["medial_malleolus", "high"],
    ["talus", "high"],
    ["second_metatarsal_base", "high"],
    ["patella", "high"],
    ["posteromedial_tibia", "low"],
    ["metatarsal_shaft", "low"],
    ["fibula", "low"],
    ["femoral_neck_compression", "low"],
    ["calcaneus", "low"],
    // Not known yet: high risk until a physio names the site (DOMAIN §3).
    ["other", "high"],
    [undefined, "high"],
  ])("%s → %s", (boneSite, risk) => expect(boneRisk(buildIntake({ tissue: "bone", boneSite }))).toBe(risk));

  it("is null for other tissues", () =>
    expect(boneRisk(buildIntake({ tissue: "muscle", boneSite: "navicular" }))).toBeNull());
});

// Goom (all runners); Freckleton et al. 2014 and Hickey et al. 2017 (hamstring).
describe("readinessTestsFor", () => {
  it.each([
    ["hamstring", ["walk", "calfRaise", "singleLegSquat", "hop", "bridge", "kneeFlexion"]],
    ["calf", ["walk", "calfRaise", "singleLegSquat", "hop"]],
    ["achilles", ["walk", "calfRaise", "singleLegSquat", "hop"]],
  ] as const)("%s → %j", (site, tests) => expect(readinessTestsFor(buildIntake({ site }))).toEqual(tests));

  it("PlanState.gate.readiness holds exactly the tests that apply", () => {
    const intake = buildIntake({ site: "hamstring", tissue: "muscle" });
    const events = [buildEvent("override", { date: START, phase: 3 })];
    const state = stateOn(
      buildScenario({ intake, events, checkIns: [buildCheckIn({ date: START, readiness: passedReadiness })] }),
      START,
    );
    expect(state.gate.readiness).toEqual({
      walk: true,
      calfRaise: true,
      singleLegSquat: true,
      hop: true,
      bridge: false,
      kneeFlexion: false,
    });
    expect(PlanState.safeParse(state).success).toBe(true);
    expect(state.gate.missing.map((m) => m.key)).toEqual(
      expect.arrayContaining(["gate.missing.readiness.bridge", "gate.missing.readiness.kneeFlexion"]),
    );
  });
});

// DOMAIN §5: a flag once raised stays, even when the report is corrected.
describe("earlierVersions: a corrected report keeps its red flag", () => {
  it.each([
    { name: "the latest version has no flag", earlier: [buildCheckIn({ date: START, nightPain: true })], paused: true },
    {
      name: "two corrections, the first flagged",
      earlier: [buildCheckIn({ date: START, numbness: true }), buildCheckIn({ date: START, painAfter: 1 })],
      paused: true,
    },
    { name: "earlier versions without a flag", earlier: [buildCheckIn({ date: START, painAfter: 2 })], paused: false },
  ])("$name", ({ earlier, paused }) => {
    const checkIns = painFreeDays(START, 2);
    const state = stateOn({ ...buildScenario({ checkIns }), earlierVersions: earlier }, "2025-03-04");
    expect(state.status === "paused_red_flag").toBe(paused);
    if (paused) expect(state.week[0]?.sessions.every((s) => s.kind === "rest")).toBe(true);
  });

  it("earlier versions of other fields are not replayed: only the latest counts", () => {
    const checkIns = painFreeDays(START, 3);
    const earlier = [buildCheckIn({ date: START, painAfter: 3 })];
    expect(stateOn({ ...buildScenario({ checkIns }), earlierVersions: earlier }, "2025-03-05").phase).toBe(2);
  });
});
