// GET /api/plans/:planId — the plan's current state as the engine computes it (owner or linked physio).
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { loadPlan, stateOf } from "@/lib/services/load-plan";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/plans/[planId]">) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const plan = await loadPlan(getDb(), caller, (await params).planId);
    const state = stateOf(plan, plan.today);
    return Response.json({ id: plan.row.id, intake: plan.intake, settings: plan.settings, state }, { headers: noStore });
  }, request);
}
