import { describe, expect, it } from "vitest";
import { EASY_EFFORT, effectiveTolerance, runDayParts, runPainRule, type Session } from "@/lib/engine";
import { judgeStandardDay, judgeTendonDay } from "@/lib/engine/pain";
import { tendonBaselineOf, usesTendonModel } from "@/lib/engine/settings";
import { buildCheckIn, buildIntake, buildSettings } from "./factories";

const session = (kind: Session["kind"], minutes: number, walkRun: Session["walkRun"] = null) => ({
  kind,
  minutes,
  walkRun,
});

describe("a run day from start to end", () => {
  it.each([
    [
      "walk/run: brisk walk, the blocks, easy walk",
      session("walk_run", 20, { blocks: 4, jogMinutes: 2.5, walkMinutes: 2.5 }),
      [
        { kind: "warm_up", minutes: 5 },
        { kind: "blocks", blocks: 4, jogMinutes: 2.5, walkMinutes: 2.5 },
        { kind: "cool_down", minutes: 5 },
      ],
    ],
    [
      "continuous run",
      session("run", 30),
      [
        { kind: "warm_up", minutes: 5 },
        { kind: "run", minutes: 30 },
        { kind: "cool_down", minutes: 5 },
      ],
    ],
    ["strength has none", session("strength", 25), []],
    ["walk/run without blocks has none", session("walk_run", 20), []],
  ])("%s", (_, input, parts) => {
    expect(runDayParts(input)).toEqual(parts);
  });

  it("asks for an easy effort: 3 to 4 out of 10", () => {
    expect(EASY_EFFORT).toEqual({ rpeLow: 3, rpeHigh: 4 });
  });
});

describe("the pain rule a run day shows is the one its check-in is judged by", () => {
  const tendon = buildIntake({ tissue: "tendon", site: "achilles" });
  const bone = buildIntake({ tissue: "bone", site: "shin" });
  it.each([
    [
      "bone: no pain, even if the physio allows some",
      bone,
      buildSettings(bone, { tolerance: 3 }),
      { kind: "none", tissue: "bone" },
    ],
    [
      "tendon with the pain-monitoring model: up to 5",
      tendon,
      buildSettings(tendon, { tendonPainModel: true }),
      { kind: "tendon", max: 5 },
    ],
    [
      "tendon without it: the tolerance",
      tendon,
      buildSettings(tendon, { tendonPainModel: false, tolerance: 2 }),
      { kind: "tolerance", max: 2 },
    ],
    ["muscle, default: pain-free", buildIntake(), buildSettings(buildIntake()), { kind: "tolerance", max: 0 }],
    [
      "muscle, physio allows 2",
      buildIntake(),
      buildSettings(buildIntake(), { tolerance: 2 }),
      { kind: "tolerance", max: 2 },
    ],
  ])("%s", (_, intake, settings, rule) => {
    expect(runPainRule(intake, settings)).toEqual(rule);
    // The shown limit is the engine's own: pain at it counts as a good day, one point above does not.
    const max = "max" in rule ? rule.max : 0;
    const judge = (painDuring: number) =>
      usesTendonModel(intake, settings)
        ? judgeTendonDay(buildCheckIn({ painDuring }), tendonBaselineOf(intake, settings), false)
        : judgeStandardDay(buildCheckIn({ painDuring }), effectiveTolerance(intake, settings));
    expect(judge(max).painFree).toBe(true);
    expect(judge(max + 1).painFree).toBe(false);
  });
});
