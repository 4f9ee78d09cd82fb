import { reason } from "./message-keys";
import type { LevelSpec, SpeedWork } from "./plan-state-types";

// Hamstring speed stage before "back at level": re-injury risk is highest at high running speed, so
// the last continuous levels add speed in steps, each step its own level and so gated on its counted
// (pain-free, soreness-free) runs: strides first, then progressive runs building to about 60, 70, 80,
// 90 and 100 % effort. Mendiguchia et al. 2017 (Med Sci Sports Exerc 49(7):1482–1492): running and
// sprinting progressed by criteria from low to maximal speed before return; Askling et al. 2013
// (Br J Sports Med 47(15):953–959): return after a mean of 28 days with a lengthening protocol;
// Hickey et al. 2020 (J Orthop Sports Phys Ther 50(2):91–103): progression gated on pain, median
// 15–17 days to clearance. Strides and surges are short, so the weekly minutes stay the level's.
export const SPEED_STEPS: readonly SpeedWork[] = [
  { kind: "strides", effortPercent: 0, reps: 4 },
  { kind: "progressive", effortPercent: 60, reps: 4 },
  { kind: "progressive", effortPercent: 70, reps: 4 },
  { kind: "progressive", effortPercent: 80, reps: 4 },
  { kind: "progressive", effortPercent: 90, reps: 4 },
  { kind: "progressive", effortPercent: 100, reps: 3 },
];

/** Whether this runner's return ends with the speed stage (a hamstring strain). */
export function hasSpeedStage(intake: { site: string; tissue: string }): boolean {
  return intake.site === "hamstring" && intake.tissue === "muscle";
}

/** The last continuous levels with one speed step each, in order; the top level carries 100 %. */
export function withSpeedStage(levels: LevelSpec[]): LevelSpec[] {
  const first = levels.length - SPEED_STEPS.length;
  return levels.map((spec, index) => {
    const speed = index >= first ? SPEED_STEPS[index - first] : undefined;
    if (!speed || spec.stage !== "continuous") return spec;
    const minutes = spec.runMinutes[0] ?? spec.weeklyRunMinutes;
    const params = { runs: spec.runsPerWeek, minutes, reps: speed.reps, effort: speed.effortPercent };
    return {
      ...spec,
      speed,
      description: reason(speed.kind === "strides" ? "level.strides" : "level.speed", params),
    };
  });
}
