import { describe, expect, it } from "vitest";
import { buildLadder, NIELSEN_WEEKLY_RATIO } from "@/lib/engine";

// Walk/run ladder (physioadvisor), then continuous running to the pre-injury week (seed 003).
describe("the phase-4 ladder", () => {
  it("with a long horizon walks the full physioadvisor ladder: 0.5 → 4.5 min jog in 0.5 steps", () => {
    const ladder = buildLadder({ weeklyMinutes: 150, spacedRuns: 3, maxRuns: 4, rebuildWeeks: 20 });
    const jogs = ladder.filter((l) => l.stage === "walk_run").map((l) => l.walkRun?.jogMinutes);
    expect(jogs).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5]);
    expect(ladder.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    { weeklyMinutes: 10, spacedRuns: 3, maxRuns: 1, rebuildWeeks: 2 },
    { weeklyMinutes: 60, spacedRuns: 3, maxRuns: 2, rebuildWeeks: 8 },
    { weeklyMinutes: 120, spacedRuns: 3, maxRuns: 3, rebuildWeeks: 6 },
    { weeklyMinutes: 300, spacedRuns: 2, maxRuns: 6, rebuildWeeks: 4 },
    { weeklyMinutes: 2000, spacedRuns: 1, maxRuns: 6, rebuildWeeks: 52 },
  ])("ends exactly at $weeklyMinutes min a week and never goes above it", (input) => {
    const ladder = buildLadder(input);
    expect(ladder.at(-1)?.weeklyRunMinutes).toBe(input.weeklyMinutes);
    for (const level of ladder) {
      expect(level.weeklyRunMinutes).toBeLessThanOrEqual(input.weeklyMinutes);
      expect(level.runMinutes.reduce((a, b) => a + b, 0)).toBe(level.weeklyRunMinutes);
    }
    expect(ladder.map((l) => l.level)).toEqual(ladder.map((_, i) => i + 1));
  });

  // Nielsen et al. 2014: >30 % in two weeks is linked to injury, so ≤ √1.3 per weekly level.
  it("continuous levels rise at most √1.3 a level (Nielsen 2014)", () => {
    const ladder = buildLadder({ weeklyMinutes: 400, spacedRuns: 3, maxRuns: 5, rebuildWeeks: 6 });
    const continuous = ladder.filter((l) => l.stage === "continuous");
    for (let i = 1; i < continuous.length; i++) {
      expect(continuous[i]!.weeklyRunMinutes / continuous[i - 1]!.weeklyRunMinutes).toBeLessThanOrEqual(
        NIELSEN_WEEKLY_RATIO + 0.02,
      );
    }
  });

  it("follows the rule of thumb: about one level a week over 2 × weeks off", () => {
    expect(buildLadder({ weeklyMinutes: 60, spacedRuns: 3, maxRuns: 2, rebuildWeeks: 16 }).length).toBe(16);
  });
});
