// After anything that changes a plan, keep its summary columns, dashboard snapshot and transition
// history in step with the engine's replay (they serve dashboards and timelines; the replay stays the truth).
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordPhaseTransitions, updatePlanSummary } from "@/lib/server/plan/queries";
import type { CheckIn, Intake, PlanState } from "@/lib/engine";
import { buildPlanSummary } from "./plan-summary";

export async function syncPlanSummary(
  db: Db,
  plan: { id: string; intake: Intake; checkIns: CheckIn[] },
  state: PlanState,
) {
  const phases = state.history.phases;
  const transitions = phases
    .slice(1)
    .map((p, i) => ({ fromPhase: phases[i]!.phase, toPhase: p.phase, on: p.startedOn }));
  const summary = buildPlanSummary(state, plan.intake, plan.checkIns);
  await updatePlanSummary(db, plan.id, {
    phase: state.phase,
    status: state.status,
    summary,
    lastCheckInOn: summary.lastCheckInOn,
  });
  await recordPhaseTransitions(db, plan.id, transitions);
}
