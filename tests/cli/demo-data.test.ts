// The demo's runners, replayed through the engine as the seed does: each in the situation its story
// promises, whatever weekday the demo is seeded on.
import { describe, expect, it } from "vitest";
import { buildDemoRunners } from "@/lib/scripts/demo-data";
import { computePlanState, defaultSettings } from "@/lib/engine";

const week = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"];

function statesOn(today: string) {
  return Object.fromEntries(
    buildDemoRunners(today).map((r) => [
      r.key,
      computePlanState(
        { intake: r.intake, settings: defaultSettings(r.intake), checkIns: r.checkIns, events: r.events },
        today,
      ),
    ]),
  );
}

describe("demo runners", () => {
  it.each(week)("seeded on %s, Fleur's hamstring is in the speed stage with speed work in today's run", (today) => {
    const fleur = statesOn(today).fleur!;
    expect(fleur).toMatchObject({ phase: 4, status: "active" });
    expect(fleur.level?.spec.speed?.kind).toBe("progressive");
    const run = fleur.today.sessions.find((s) => s.kind === "run");
    expect(run?.speed).toEqual(fleur.level?.spec.speed);
    expect(run?.speed?.effortPercent).toBeGreaterThanOrEqual(60);
    expect(run?.speed?.effortPercent).toBeLessThan(100);
  });

  it("the other runners keep their stories", () => {
    const states = statesOn("2026-12-07");
    expect(states.anna).toMatchObject({ phase: 4, status: "active" });
    expect(states.bram).toMatchObject({ phase: 1, status: "active" });
    expect(states.carmen).toMatchObject({ phase: 3, status: "active" });
    expect(states.daan).toMatchObject({ phase: 3, status: "paused_red_flag" });
    expect(states.eva).toMatchObject({ phase: 2, status: "active" });
    expect(Object.keys(states)).toEqual(["anna", "bram", "carmen", "daan", "fleur", "eva"]);
  });
});
