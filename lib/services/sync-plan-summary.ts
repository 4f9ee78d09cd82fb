// After anything that changes a plan, keep its summary columns and transition history in step
// with the engine's replay (they serve dashboards and timelines; the replay stays the truth).
import type { Db } from "@/lib/db/client";
import { recordPhaseTransitions, updatePlanSummary } from "@/lib/db/queries/plans";
import type { PlanState } from "@/lib/engine";

export async function syncPlanSummary(db: Db, planId: string, state: PlanState) {
  const phases = state.history.phases;
  const transitions = phases.slice(1).map((p, i) => ({ fromPhase: phases[i]!.phase, toPhase: p.phase, on: p.startedOn }));
  await updatePlanSummary(db, planId, { phase: state.phase, status: state.status });
  await recordPhaseTransitions(db, planId, transitions);
}
