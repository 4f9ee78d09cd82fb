import type { Intake } from "./intake";
import type { LevelSpec } from "./plan-state-types";

// Re-entry into running by tissue and weeks off. A muscle strain heals in weeks, not months: after a
// criteria-based rehab runners and players are back in about 2–4 weeks (Hickey et al. 2020, J Orthop
// Sports Phys Ther 50(2):91–103: median 15–17 days to clearance; Askling et al. 2013, Br J Sports Med
// 47(15):953–959: mean 28 days), so a short lay-off keeps only the last walk/run levels: one walk/run
// level per week off beyond the first (a week or less off starts with continuous running). The pace
// that follows is the rule of thumb's (M. Steunebrink, 19 January 2026: about two weeks back per week
// off). Tendon and bone start at the first walk/run level (the full ladder, Warden et al. 2014).
export function reentryLevel(intake: Pick<Intake, "tissue">, ladder: readonly LevelSpec[], weeksOff: number): number {
  if (intake.tissue !== "muscle") return 1;
  const walkRunLevels = ladder.filter((spec) => spec.stage === "walk_run").length;
  const kept = Math.max(0, Math.min(walkRunLevels, weeksOff - 1));
  return Math.min(ladder.length, walkRunLevels - kept + 1);
}
