import { describe, expect, it } from "vitest";
import { toDay, type CheckIn, type Intake, type PlanState } from "@/lib/engine";
import { buildIntake, buildScenario, passedReadiness, simulate } from "./factories";

// Targets, with every report pain-free: the rule of thumb (M. Steunebrink, 19 January 2026:
// two weeks back per week off) is the pace. A muscle with ≤ 8 weeks off is back at level no later than
// the rule's date + 7 days, a tendon no later than + 28 days; a bone may take longer and says why.
const allTests = { ...passedReadiness, bridge: { left: 20, right: 20, pain: 0 }, kneeFlexion: { pain: 0 } };

function follow(intake: Intake, report: (plan: PlanState) => Partial<CheckIn> = () => ({}), days = 220) {
  const { states } = simulate(buildScenario({ intake }), days, (plan) => {
    if (plan.status === "completed") return null;
    const tests = plan.today.sessions.some((s) => s.kind === "readiness_tests");
    return { ...(tests ? { readiness: allTests } : {}), ...report(plan) };
  });
  const last = states.at(-1)!;
  const completedOn = last.history.decisions.find((d) => d.reasons.some((r) => r.key === "reason.completed"))?.on;
  // The days up to "back at level" (after it the runner stops reporting here, and the rules go on).
  const done = states.findIndex((s) => s.status === "completed");
  return { states: done < 0 ? states : states.slice(0, done + 1), last, completedOn: completedOn ?? null };
}

const daysAfterRule = (last: PlanState, on: string) => toDay(on) - toDay(last.projection.ruleOfThumbOn);

describe("back at level by the rule of thumb when every report is pain-free", () => {
  it.each([
    { name: "hamstring strain, last run 1 December", site: "hamstring", lastRunOn: "2026-12-01", most: 7 },
    { name: "calf strain, 3 weeks off", site: "calf", lastRunOn: "2026-12-01", most: 7 },
    { name: "calf strain, about 8 weeks off", site: "calf", lastRunOn: "2026-11-01", most: 7 },
  ] as const)("muscle: $name → no later than the rule + $most days", ({ site, lastRunOn, most }) => {
    const intake = buildIntake({ site, tissue: "muscle", lastRunOn, startOn: "2026-12-07" });
    const { last, completedOn } = follow(intake);
    expect(last.projection.weeksOff).toBeLessThanOrEqual(8);
    expect(completedOn).not.toBeNull();
    expect(daysAfterRule(last, completedOn!)).toBeLessThanOrEqual(most);
    // The rule is the pace, not a floor to rush under: not more than two weeks early either.
    expect(daysAfterRule(last, completedOn!)).toBeGreaterThanOrEqual(-14);
  });

  it("tendon (Achilles, 5 weeks off before the plan): no later than the rule + 28 days", () => {
    const intake = buildIntake({ site: "achilles", tissue: "tendon", lastRunOn: "2026-11-01", startOn: "2026-12-07" });
    const { last, completedOn } = follow(intake, () => ({}), 260);
    expect(completedOn).not.toBeNull();
    expect(daysAfterRule(last, completedOn!)).toBeLessThanOrEqual(28);
  });

  it("bone (Warden et al. 2014): the full ladder at a level a week may take longer, and the projection says why", () => {
    const intake = buildIntake({
      site: "shin",
      tissue: "bone",
      boneSite: "posteromedial_tibia",
      lastRunOn: "2026-11-20",
    });
    const { states, completedOn } = follow({ ...intake, startOn: "2026-12-07" });
    const firstRun = states.find((s) => s.phase === 4)!;
    expect(firstRun.level?.current).toBe(1);
    expect(completedOn).not.toBeNull();
    const keys = firstRun.projection.reasons.map((r) => r.key);
    if (firstRun.projection.safetyOn !== null) expect(keys).toContain("projection.boneFullLadder");
    expect(toDay(completedOn!)).toBeGreaterThanOrEqual(toDay(firstRun.projection.ruleOfThumbOn));
  });
});

describe("muscle re-entry: short lay-offs skip the early walk/run levels (Hickey et al. 2020; Askling et al. 2013)", () => {
  it.each([
    { tissue: "muscle", lastRunOn: "2026-12-01", skips: true },
    { tissue: "tendon", lastRunOn: "2026-12-01", skips: false },
    { tissue: "joint", lastRunOn: "2026-12-01", skips: false },
  ] as const)("$tissue, last run $lastRunOn: skips early levels = $skips", ({ tissue, lastRunOn, skips }) => {
    const intake = buildIntake({ site: "calf", tissue, lastRunOn, startOn: "2026-12-07" });
    const { states } = follow(intake, () => ({}), 40);
    const entry = states.find((s) => s.phase === 4)!;
    expect(entry.level!.current > 1).toBe(skips);
  });

  it("the 30 % rule counts from the re-entry week's prescribed load, not from zero (Nielsen et al. 2014)", () => {
    const intake = buildIntake({ site: "calf", tissue: "muscle", lastRunOn: "2026-12-01", startOn: "2026-12-07" });
    const { states } = follow(intake, () => ({}), 70);
    const entry = states.find((s) => s.phase === 4)!;
    const spec = entry.level!.spec;
    const reentryLoad = spec.walkRun ? spec.runsPerWeek * spec.walkRun.blocks * 5 : spec.weeklyRunMinutes;
    const byWeek = new Map<string, number>();
    for (const s of states.filter((x) => x.phase === 4)) {
      const run = s.today.sessions.find((x) => x.kind === "run" || x.kind === "walk_run");
      const load = run ? (run.kind === "walk_run" ? run.minutes : run.runMinutes) : 0;
      const monday = s.week[0]!.date;
      byWeek.set(monday, (byWeek.get(monday) ?? 0) + load);
    }
    const [first, second] = [...byWeek.values()];
    expect(first).toBeLessThanOrEqual(Math.floor(reentryLoad * 1.3));
    expect(second).toBeLessThanOrEqual(Math.floor(reentryLoad * 1.3));
  });
});

// Mendiguchia et al. 2017; Askling et al. 2013; Hickey et al. 2020: speed returns in steps, each pain-free.
describe("hamstring speed stage before back at level", () => {
  const hamstring = buildIntake({
    site: "hamstring",
    tissue: "muscle",
    lastRunOn: "2026-12-01",
    startOn: "2026-12-07",
  });
  const efforts = (states: PlanState[]) =>
    states.map((s) => s.level?.spec.speed?.effortPercent ?? null).filter((e, i, all) => e !== null && e !== all[i - 1]);

  it("strides, then surges at 60, 70, 80, 90 and 100 %, in order, each with its counted runs", () => {
    const { states, completedOn } = follow(hamstring);
    expect(efforts(states)).toEqual([0, 60, 70, 80, 90, 100]);
    const speedRuns = states.flatMap((s) => s.today.sessions.filter((x) => x.speed));
    expect(speedRuns.length).toBeGreaterThanOrEqual(12);
    expect(completedOn).not.toBeNull();
  });

  it("a calf strain has no speed stage", () => {
    const { states } = follow({ ...hamstring, site: "calf" });
    expect(efforts(states)).toEqual([]);
  });

  it("pain in a speed run holds the step: no faster surges, not back at level", () => {
    const { states, last } = follow(hamstring, (plan) =>
      (plan.level?.spec.speed?.effortPercent ?? 0) >= 80 && plan.today.sessions.some((s) => s.speed)
        ? { painDuring: 2 }
        : {},
    );
    expect(efforts(states)).toEqual([0, 60, 70, 80]);
    expect(last.status).not.toBe("completed");
  });
});
