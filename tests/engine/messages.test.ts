import { describe, expect, it } from "vitest";
import { engineMessageKeys, type PlanState, type Reason } from "@/lib/engine";
import { engineMessages } from "@/lib/i18n/engine-messages";
import {
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  buildSettings,
  painFreeDays,
  simulate,
  stateOn,
} from "./factories";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function collectReasons(state: PlanState): Reason[] {
  return [
    ...state.lastDecision.reasons,
    ...state.redFlags,
    ...state.gate.missing,
    ...state.projection.reasons,
    ...state.week.flatMap((d) => d.reasons),
    ...state.history.decisions.flatMap((d) => d.reasons),
    ...state.alerts.map((a) => ({ key: a.key, params: a.params })),
    ...(state.level ? [state.level.spec.description] : []),
  ];
}

function sampleStates(): PlanState[] {
  const START = "2025-03-03";
  const states: PlanState[] = [];
  const runner = (seed: number) => (plan: PlanState, day: number) => {
    const roll = (seed * 31 + day * 17) % 23;
    const run = plan.today.sessions.some((s) => s.kind === "run" || s.kind === "walk_run");
    if (roll === 0) return null;
    if (roll === 1) return { painAfter: 2 };
    if (roll === 2 && run) return { soreness: "warmup_persisted" as const };
    if (roll === 3 && run) return { soreness: "next_day" as const };
    if (roll === 4) return { sleepHours: 5 };
    if (roll === 5 && run) return { soreness: "warmup_gone" as const };
    return {};
  };
  for (const seed of [1, 2, 3])
    states.push(...simulate(buildScenario(), 90, runner(seed)).states.filter((_, i) => i % 5 === 0));
  const tendon = buildIntake({ tissue: "tendon", site: "achilles" });
  states.push(
    stateOn(buildScenario({ intake: tendon, checkIns: painFreeDays(START, 3, { painAfter: 3 }) }), "2025-03-05"),
  );
  states.push(
    stateOn(
      buildScenario({
        checkIns: [buildCheckIn({ date: START, nightPain: true, limping: true, boneTenderness: true, painDuring: 7 })],
      }),
      START,
    ),
  );
  const approval = buildSettings(buildIntake(), {
    approvalRequired: { toPhase2: true, toPhase3: true, toPhase4: true },
  });
  states.push(stateOn(buildScenario({ settings: approval, checkIns: painFreeDays(START, 3) }), "2025-03-09"));
  const p4 = [
    buildEvent("override", { date: START, phase: 4 }),
    buildEvent("override", { date: START, level: 3, backToLevelOn: "2025-06-01" }),
  ];
  states.push(
    stateOn(
      buildScenario({ events: p4, checkIns: [buildRunCheckIn({ date: START, soreness: "returned" })] }),
      "2025-03-04",
    ),
  );
  states.push(
    stateOn(
      buildScenario({
        events: [...p4, buildEvent("interruption", { date: START, from: "2025-03-04", to: "2025-03-20" })],
      }),
      "2025-03-22",
    ),
  );
  return states;
}

describe("engine messages (en, nl)", () => {
  it("both locales have the same keys with the same placeholders", () => {
    const en = engineMessages.en as Record<string, string>;
    const nl = engineMessages.nl as Record<string, string>;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(nl[key] ?? ""), key).toEqual(placeholders(en[key] ?? ""));
  });

  it("every key the engine can emit has a text, and no text is orphaned", () => {
    expect(Object.keys(engineMessages.en).sort()).toEqual([...engineMessageKeys].sort());
  });

  it("every reason emitted across a broad sample of scenarios is translated with its parameters", () => {
    const seen = new Set<string>();
    for (const state of sampleStates()) {
      for (const reason of collectReasons(state)) {
        seen.add(reason.key);
        const text = (engineMessages.en as Record<string, string>)[reason.key];
        expect(text, reason.key).toBeDefined();
        for (const name of placeholders(text ?? ""))
          expect(reason.params?.[name ?? ""], `${reason.key} {${name}}`).toBeDefined();
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});
