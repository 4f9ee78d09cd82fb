import { describe, expect, it } from "vitest";
import type { CheckIn } from "@/lib/engine";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  buildSettings,
  painFreeDays,
  stateOn,
} from "./factories";

const START = "2025-03-03";

// Red flags, DOMAIN §5: stop and refer; only a clearance resumes.
describe("red flags pause the plan at once (DOMAIN §5)", () => {
  it.each([
    { name: "night pain", checkIns: [buildCheckIn({ date: START, nightPain: true })], key: "reason.redFlag.nightPain" },
    {
      name: "a tender spot on a bone",
      checkIns: [buildCheckIn({ date: START, boneTenderness: true })],
      key: "reason.redFlag.boneTenderness",
    },
    { name: "limping", checkIns: [buildCheckIn({ date: START, limping: true })], key: "reason.redFlag.limping" },
    {
      name: "swelling on two reports in a row",
      checkIns: [buildCheckIn({ date: START, swelling: true }), buildCheckIn({ date: "2025-03-04", swelling: true })],
      key: "reason.redFlag.swelling",
    },
    {
      name: "numbness or tingling",
      checkIns: [buildCheckIn({ date: START, numbness: true })],
      key: "reason.redFlag.numbness",
    },
    {
      name: "ill or feverish with the pain",
      checkIns: [buildCheckIn({ date: START, feelingIll: true })],
      key: "reason.redFlag.feelingIll",
    },
    {
      name: "a hot swollen calf (possible DVT)",
      checkIns: [buildCheckIn({ date: START, hotSwollenCalf: true })],
      key: "reason.redFlag.hotSwollenCalf",
    },
    {
      name: "a sudden sharp pain or a pop",
      checkIns: [buildCheckIn({ date: START, suddenSharpPain: true })],
      key: "reason.redFlag.suddenSharpPain",
    },
  ])("$name", ({ checkIns, key }) => {
    const state = stateOn(buildScenario({ checkIns }), checkIns.at(-1)!.date);
    expect(state.status).toBe("paused_red_flag");
    expect(state.lastDecision.action).toBe("refer");
    expect(state.lastDecision.reasons.map((r) => r.key)).toContain(key);
    expect(state.redFlags.map((r) => r.key)).toContain(key);
    expect(state.alerts[0]).toMatchObject({ kind: "red_flag", severity: "high" });
  });

  it.each([
    { name: "swelling once", checkIns: [buildCheckIn({ date: START, swelling: true })] },
    { name: "pain 5/10 during", checkIns: [buildCheckIn({ date: START, painDuring: 5 })] },
    {
      name: "pain rising twice",
      checkIns: [1, 2].map((p, i) => buildCheckIn({ date: `2025-03-0${3 + i}`, painAfter: p })),
    },
    {
      name: "pain up, down, up",
      checkIns: [1, 3, 2, 3].map((p, i) => buildCheckIn({ date: `2025-03-0${3 + i}`, painAfter: p })),
    },
    {
      name: "pain rising three reports in a row",
      checkIns: [1, 2, 3].map((p, i) => buildCheckIn({ date: `2025-03-0${3 + i}`, painAfter: p })),
    },
  ])("not a red flag: $name (the day is still not pain-free)", ({ checkIns }) => {
    const state = stateOn(buildScenario({ checkIns }), checkIns.at(-1)!.date);
    expect(state.status).toBe("active");
    expect(state.lastDecision.action).toBe("hold");
  });

  it("while paused nothing is planned and pain-free days do not count", () => {
    const checkIns: CheckIn[] = [buildCheckIn({ date: START, nightPain: true }), ...painFreeDays("2025-03-04", 5)];
    const state = stateOn(buildScenario({ checkIns }), "2025-03-08");
    expect(state).toMatchObject({ status: "paused_red_flag", phase: 1, gate: { streak: 0 } });
    const afterFlag = state.week.filter((d) => d.date > START);
    expect(afterFlag.every((d) => d.sessions.every((s) => s.kind === "rest"))).toBe(true);
    expect(state.today.reasons[0]?.key).toBe("reason.rest.redFlag");
    expect(state.gate.missing[0]?.key).toBe("gate.missing.clearance");
  });

  it("a clearance resumes phases 1–3 with a fresh streak", () => {
    const checkIns = [buildCheckIn({ date: START, limping: true }), ...painFreeDays("2025-03-04", 4)];
    const events = [buildEvent("clearance", { date: "2025-03-06" })];
    const state = stateOn(buildScenario({ checkIns, events }), "2025-03-07");
    expect(state).toMatchObject({ status: "active", phase: 1, gate: { streak: 2 } });
  });

  it("a clearance resumes phase 4 one level lower", () => {
    const intake = buildIntake({ lastRunOn: "2025-02-01" });
    const events = [
      buildEvent("override", { date: START, phase: 4 }),
      buildEvent("override", { date: START, level: 3 }),
      buildEvent("clearance", { date: "2025-03-05", by: "runner" }),
    ];
    const checkIns = [buildRunCheckIn({ date: START, boneTenderness: true })];
    expect(stateOn(buildScenario({ intake, checkIns, events: events.slice(0, 2) }), "2025-03-04").status).toBe(
      "paused_red_flag",
    );
    const state = stateOn(buildScenario({ intake, checkIns, events }), "2025-03-05");
    expect(state).toMatchObject({ status: "active", level: { current: 2 } });
    expect(state.lastDecision.reasons[0]).toEqual({ key: "reason.clearance.resumedLevel", params: { level: 2 } });
  });
});

// Tissue rules, DOMAIN §3 (published practice).
describe("tissue: bone keeps tolerance 0; tendons may use the pain-monitoring model (Silbernagel 2007)", () => {
  it("bone stress injury: pain 1 is never pain-free, whatever the settings", () => {
    const intake = buildIntake({ tissue: "bone" });
    const settings = buildSettings(intake, { tolerance: 3, minPhaseDays: { phase1: 3, phase2: 5, phase3: 14 } });
    const events = [buildEvent("settings_change", { date: START, settings: { tolerance: 4 } })];
    const state = stateOn(
      buildScenario({ intake, settings, events, checkIns: painFreeDays(START, 5, { painAfter: 1 }) }),
      "2025-03-07",
    );
    expect(state).toMatchObject({ phase: 1, gate: { streak: 0 } });
  });

  const tendon = buildIntake({ tissue: "tendon", site: "achilles" });
  it.each([
    {
      name: "pain 4 during and after, settled by morning",
      patch: { painDuring: 4, painAfter: 4 },
      intake: tendon,
      phase: 2,
    },
    { name: "the same for a muscle injury", patch: { painDuring: 4, painAfter: 4 }, intake: buildIntake(), phase: 1 },
    {
      name: "morning pain 1: not settled overnight",
      patch: { painDuring: 3, painMorning: 1 },
      intake: tendon,
      phase: 1,
    },
    { name: "rest pain 1", patch: { painRest: 1 }, intake: tendon, phase: 1 },
  ])("$name → phase $phase after 3 days", ({ patch, intake, phase }) => {
    expect(stateOn(buildScenario({ intake, checkIns: painFreeDays(START, 3, patch) }), "2025-03-05").phase).toBe(phase);
  });

  it("tendon pain rising week on week holds", () => {
    const settings = buildSettings(tendon, { painFreeDays: { toPhase2: 30, toPhase3: 3, toPhase4: 7 } });
    const checkIns = [...painFreeDays(START, 7, { painAfter: 2 }), ...painFreeDays("2025-03-10", 3, { painAfter: 4 })];
    const state = stateOn(buildScenario({ intake: tendon, settings, checkIns }), "2025-03-12");
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.hold.tendonRising");
  });

  it("a physio can switch the tendon model off", () => {
    const events = [buildEvent("settings_change", { date: START, settings: { tendonPainModel: false } })];
    const state = stateOn(
      buildScenario({ intake: tendon, events, checkIns: painFreeDays(START, 3, { painAfter: 3 }) }),
      "2025-03-05",
    );
    expect(state.phase).toBe(1);
  });
});

// DOMAIN §5: pain rising three reports in a row is not an emergency: hold and alert the physio.
describe("pain rising three reports in a row holds and alerts, it does not pause", () => {
  it.each([
    { name: "1 → 2 → 3 after training", pains: [1, 2, 3], alert: true },
    {
      name: "rising within the tendon allowance",
      pains: [1, 2, 3],
      alert: true,
      intake: buildIntake({ tissue: "tendon", site: "achilles" }),
    },
    { name: "1 → 2 only", pains: [1, 2], alert: false },
    { name: "1 → 3 → 2", pains: [1, 3, 2], alert: false },
  ])("$name", ({ pains, alert, intake }) => {
    const checkIns = pains.map((p, i) => buildCheckIn({ date: `2025-03-0${3 + i}`, painAfter: p }));
    const state = stateOn(buildScenario({ intake: intake ?? buildIntake(), checkIns }), checkIns.at(-1)!.date);
    expect(state.status).toBe("active");
    expect(state.lastDecision.action).toBe("hold");
    expect(state.alerts.some((a) => a.kind === "pain_rising")).toBe(alert);
    if (alert) expect(state.lastDecision.reasons[0]?.key).toBe("reason.hold.painRising");
  });
});
