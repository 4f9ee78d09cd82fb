import { describe, expect, it } from "vitest";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildScenario,
  buildSettings,
  painFreeDays,
  passedReadiness,
  stateOn,
} from "./factories";

const START = "2025-03-03";

// Gates, DOMAIN §3 (seed 003 phases; Goom readiness tests before running).
describe("gates 1→2 and 2→3: consecutive pain-free days and a minimum phase length", () => {
  it.each([
    { days: 2, phase: 1, note: "2 of 3 pain-free days: hold" },
    { days: 3, phase: 2, note: "3 pain-free days and 3 days in phase 1: advance" },
  ])("$note", ({ days, phase }) => {
    const state = stateOn(buildScenario({ checkIns: painFreeDays(START, days) }), `2025-03-0${2 + days}`);
    expect(state.phase).toBe(phase);
  });

  it("the new phase starts the day after the gate is met and the streak starts over", () => {
    const state = stateOn(buildScenario({ checkIns: painFreeDays(START, 3) }), "2025-03-05");
    expect(state).toMatchObject({
      phase: 2,
      phaseStartedOn: "2025-03-06",
      lastDecision: { action: "advance", on: "2025-03-05" },
    });
    expect(state.lastDecision.reasons[0]).toEqual({ key: "reason.gate.passed", params: { phase: 2 } });
    expect(state.gate.streak).toBe(0);
  });

  it("a painful day resets the streak", () => {
    const checkIns = [
      ...painFreeDays(START, 2),
      buildCheckIn({ date: "2025-03-05", painAfter: 1 }),
      ...painFreeDays("2025-03-06", 2),
    ];
    const state = stateOn(buildScenario({ checkIns }), "2025-03-07");
    expect(state.phase).toBe(1);
    expect(state.gate.streak).toBe(2);
    expect(state.lastDecision.reasons[0]).toEqual({
      key: "reason.hold.buildingStreak",
      params: { streak: 2, required: 3 },
    });
  });

  it("a day without a report breaks the streak; today without a report does not yet", () => {
    const checkIns = [
      buildCheckIn({ date: "2025-03-03" }),
      buildCheckIn({ date: "2025-03-05" }),
      buildCheckIn({ date: "2025-03-06" }),
    ];
    expect(stateOn(buildScenario({ checkIns }), "2025-03-06")).toMatchObject({ phase: 1, gate: { streak: 2 } });
    expect(stateOn(buildScenario({ checkIns: painFreeDays(START, 2) }), "2025-03-05").gate.streak).toBe(2);
  });

  it("the minimum phase length holds a runner with a full streak", () => {
    const intake = buildIntake({ tissue: "bone", boneSite: "fibula", lastRunOn: START });
    const state = stateOn(buildScenario({ intake, checkIns: painFreeDays(START, 5) }), "2025-03-07");
    expect(state.phase).toBe(1);
    expect(state.lastDecision.reasons[0]).toEqual({ key: "reason.hold.minDays", params: { days: 5, required: 14 } });
    expect(state.gate.missing).toContainEqual({ key: "gate.missing.minDays", params: { have: 5, need: 14 } });
  });

  it("phase 2 → 3 needs 5 days in phase 2 by default", () => {
    const state = stateOn(buildScenario({ checkIns: painFreeDays(START, 8) }), "2025-03-10");
    expect(state.phase).toBe(3);
    expect(state.history.phases.map((p) => [p.phase, p.startedOn])).toEqual([
      [1, "2025-03-03"],
      [2, "2025-03-06"],
      [3, "2025-03-11"],
    ]);
  });
});

describe("gate 3→4: Goom readiness tests at pain ≤ 2 (or the tolerance) plus 7 pain-free days", () => {
  const inPhase3 = buildEvent("override", { date: START, phase: 3 });
  const settings = buildSettings(buildIntake(), { minPhaseDays: { phase1: 3, phase2: 5, phase3: 7 } });

  it("without the tests a perfect fortnight holds", () => {
    const state = stateOn(
      buildScenario({ settings, events: [inPhase3], checkIns: painFreeDays(START, 14) }),
      "2025-03-16",
    );
    expect(state.phase).toBe(3);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.hold.readinessTests");
    expect(state.gate.missing.map((m) => m.key)).toEqual([
      "gate.missing.readiness.walk",
      "gate.missing.readiness.calfRaise",
      "gate.missing.readiness.singleLegSquat",
      "gate.missing.readiness.hop",
    ]);
  });

  it.each([
    { name: "all four passed", readiness: passedReadiness, tolerance: 2, phase: 4 },
    {
      name: "19 calf raises on one side",
      readiness: { ...passedReadiness, calfRaise: { left: 20, right: 19, pain: 0 } },
      tolerance: 2,
      phase: 3,
    },
    {
      name: "hop for 30 seconds counts",
      readiness: { ...passedReadiness, hop: { seconds: 30, pain: 0 } },
      tolerance: 2,
      phase: 4,
    },
    {
      name: "walk pain 3 (> 2)",
      readiness: { ...passedReadiness, walk: { minutes: 30, pain: 3 } },
      tolerance: 3,
      phase: 3,
    },
    {
      name: "squat pain 1 with tolerance 0",
      readiness: { ...passedReadiness, singleLegSquat: { left: 10, right: 10, pain: 1 } },
      tolerance: 0,
      phase: 3,
    },
  ])("$name → phase $phase", ({ readiness, tolerance, phase }) => {
    const s = { ...settings, tolerance };
    const checkIns = painFreeDays(START, 7).map((c, i) => (i === 2 ? { ...c, readiness } : c));
    expect(stateOn(buildScenario({ settings: s, events: [inPhase3], checkIns }), "2025-03-09").phase).toBe(phase);
  });
});

describe("physio approval (DOMAIN §3)", () => {
  const settings = buildSettings(buildIntake(), {
    approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false },
  });

  it("waits for approval once the gate is met, then advances on the approval date", () => {
    const checkIns = painFreeDays(START, 5);
    const waiting = stateOn(buildScenario({ settings, checkIns }), "2025-03-07");
    expect(waiting).toMatchObject({ status: "awaiting_approval", phase: 1, pendingTransition: 2 });
    expect(waiting.alerts.map((a) => a.kind)).toContain("awaiting_approval");
    expect(waiting.gate.missing).toContainEqual({ key: "gate.missing.approval" });
    const approved = stateOn(
      buildScenario({
        settings,
        checkIns,
        events: [buildEvent("approve_transition", { date: "2025-03-08", toPhase: 2 })],
      }),
      "2025-03-08",
    );
    expect(approved).toMatchObject({ status: "active", phase: 2, phaseStartedOn: "2025-03-08" });
    expect(approved.history.phases.at(-1)?.via).toBe("approval");
  });

  // "Not yet" means "I want to see more first", not "start over": the streak keeps counting
  // and the gate asks again on the re-check date (default 3 days) if it is still met.
  it.each([
    { name: "default re-check", recheckOn: undefined, on: "2025-03-08", status: "active", streak: 6 },
    { name: "default re-check", recheckOn: undefined, on: "2025-03-09", status: "awaiting_approval", streak: 7 },
    { name: "re-check in a week", recheckOn: "2025-03-13", on: "2025-03-12", status: "active", streak: 10 },
    { name: "re-check in a week", recheckOn: "2025-03-13", on: "2025-03-13", status: "awaiting_approval", streak: 11 },
  ] as const)("a decline keeps the streak ($name): $on → $status", ({ recheckOn, on, status, streak }) => {
    const events = [buildEvent("decline_transition", { date: "2025-03-06", toPhase: 2, recheckOn })];
    const state = stateOn(buildScenario({ settings, checkIns: painFreeDays(START, 14), events }), on);
    expect(state).toMatchObject({ status, phase: 1, gate: { streak } });
    const declinedDay = stateOn(buildScenario({ settings, checkIns: painFreeDays(START, 3), events }), "2025-03-06");
    expect(declinedDay.lastDecision.reasons[0]).toEqual({
      key: "reason.gate.declined",
      params: { phase: 2, recheckOn: recheckOn ?? "2025-03-09" },
    });
    if (status === "active") {
      expect(state.lastDecision.reasons[0]?.key).toBe("reason.gate.recheck");
      expect(state.gate.missing).toContainEqual({
        key: "gate.missing.recheck",
        params: { on: recheckOn ?? "2025-03-09" },
      });
    }
  });

  it("pain after a decline still resets the streak: the gate waits for a new one", () => {
    const checkIns = [
      ...painFreeDays(START, 4),
      buildCheckIn({ date: "2025-03-07", painRest: 2 }),
      ...painFreeDays("2025-03-08", 3),
    ];
    const events = [buildEvent("decline_transition", { date: "2025-03-06", toPhase: 2 })];
    const state = stateOn(buildScenario({ settings, checkIns, events }), "2025-03-09");
    expect(state).toMatchObject({ status: "active", gate: { streak: 2 } });
    expect(stateOn(buildScenario({ settings, checkIns, events }), "2025-03-10").status).toBe("awaiting_approval");
  });

  it("pain while waiting withdraws the request", () => {
    const checkIns = [...painFreeDays(START, 3), buildCheckIn({ date: "2025-03-06", painRest: 2 })];
    const state = stateOn(buildScenario({ settings, checkIns }), "2025-03-06");
    expect(state.status).toBe("active");
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.gate.approvalWithdrawn");
  });
});

describe("physio overrides and settings changes", () => {
  it("a settings change applies from its date", () => {
    const events = [
      buildEvent("settings_change", {
        date: START,
        settings: { painFreeDays: { toPhase2: 1 }, minPhaseDays: { phase1: 1 } },
      }),
    ];
    expect(stateOn(buildScenario({ events, checkIns: painFreeDays(START, 1) }), START).phase).toBe(2);
  });

  it("a tolerance of 2 counts pain 2 as pain-free", () => {
    const events = [buildEvent("settings_change", { date: START, settings: { tolerance: 2 } })];
    const state = stateOn(buildScenario({ events, checkIns: painFreeDays(START, 3, { painDuring: 2 }) }), "2025-03-05");
    expect(state.phase).toBe(2);
  });

  it("an override moves the phase and logs who did it", () => {
    const state = stateOn(
      buildScenario({ events: [buildEvent("override", { date: START, phase: 3, note: "post-op protocol" })] }),
      START,
    );
    expect(state.phase).toBe(3);
    expect(state.history.phases.at(-1)).toEqual({ phase: 3, startedOn: START, via: "override" });
  });

  it("inputs dated after today are ignored", () => {
    const checkIns = painFreeDays(START, 10);
    const events = [buildEvent("override", { date: "2025-03-20", phase: 4 })];
    expect(stateOn(buildScenario({ checkIns, events }), "2025-03-04")).toMatchObject({ phase: 1, gate: { streak: 2 } });
  });
});
