// GET /api/plans/:planId — the plan's current state as the engine computes it (owner or linked physio).
import { noStore, withCaller } from "@/lib/http/route";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";

export const dynamic = "force-dynamic";

export const GET = withCaller<{ planId: string }>(undefined, async ({ caller, db, params }) => {
  const plan = await loadPlan(db, caller, params.planId);
  return Response.json(
    { id: plan.row.id, intake: plan.intake, settings: plan.settings, state: stateOf(plan, plan.today) },
    { headers: noStore },
  );
});
