import { describe, expect, it } from "vitest";
import { PlanState } from "@/lib/engine";
import { buildScenario, simulate } from "./factories";

describe("smoke", () => {
  it("a pain-free runner walks through the four phases", () => {
    const { states } = simulate(buildScenario(), 120, () => ({}));
    const last = states.at(-1)!;
    console.log(JSON.stringify({ ...last, history: { ...last.history, decisions: last.history.decisions.length } }, null, 1).slice(0, 6000));
    expect(PlanState.safeParse(last).success).toBe(true);
  });
});
