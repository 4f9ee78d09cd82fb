// A physio's answer dated the same day as the check-in that called for it must take effect
// (events carry a date, not a time: an answer with nothing to answer yet is retried after the check-in).
import { describe, expect, it } from "vitest";
import { addDays, buildCheckIn, buildEvent, buildIntake, buildScenario, painFreeDays, stateOn } from "./factories";
import { defaultSettings } from "@/lib/engine";

const intake = buildIntake();
const start = intake.startOn;

describe("answers dated the day of the report they answer", () => {
  it("an approval on the day the gate is met opens the next phase", () => {
    const settings = {
      ...defaultSettings(intake),
      approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false },
    };
    const checkIns = painFreeDays(start, 3);
    const gateDay = addDays(start, 2);
    const waiting = stateOn(buildScenario({ intake, settings, checkIns }), gateDay);
    expect(waiting.status).toBe("awaiting_approval");
    const approved = stateOn(
      buildScenario({
        intake,
        settings,
        checkIns,
        events: [buildEvent("approve_transition", { date: gateDay, toPhase: 2 })],
      }),
      gateDay,
    );
    expect(approved.status).toBe("active");
    expect(approved.phase).toBe(2);
    expect(approved.lastDecision.reasons.map((r) => r.key)).toContain("reason.gate.approved");
  });

  it("an approval of a transition already waiting since yesterday applies before today's report", () => {
    const settings = {
      ...defaultSettings(intake),
      approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false },
    };
    const today = addDays(start, 3);
    const checkIns = [...painFreeDays(start, 3), buildCheckIn({ date: today })];
    const state = stateOn(
      buildScenario({
        intake,
        settings,
        checkIns,
        events: [buildEvent("approve_transition", { date: today, toPhase: 2 })],
      }),
      today,
    );
    expect(state.phase).toBe(2);
    expect(state.phaseStartedOn).toBe(today);
  });

  it("a clearance on the day of the red flag resumes the plan", () => {
    const day = addDays(start, 1);
    const checkIns = [buildCheckIn({ date: start }), buildCheckIn({ date: day, nightPain: true })];
    expect(stateOn(buildScenario({ intake, checkIns }), day).status).toBe("paused_red_flag");
    const cleared = stateOn(buildScenario({ intake, checkIns, events: [buildEvent("clearance", { date: day })] }), day);
    expect(cleared.status).toBe("active");
    expect(cleared.lastDecision.reasons.map((r) => r.key)).toContain("reason.clearance.resumed");
  });

  it("an answer with nothing to answer, before or after the report, changes nothing", () => {
    const checkIns = painFreeDays(start, 2);
    const plain = stateOn(buildScenario({ intake, checkIns }), addDays(start, 1));
    const withStray = stateOn(
      buildScenario({
        intake,
        checkIns,
        events: [
          buildEvent("clearance", { date: addDays(start, 1) }),
          buildEvent("approve_transition", { date: addDays(start, 1), toPhase: 3 }),
        ],
      }),
      addDays(start, 1),
    );
    expect(withStray).toEqual(plain);
  });
});
