// GET  /api/plans/:planId/check-ins — every check-in of the plan (owner or linked physio).
// POST /api/plans/:planId/check-ins — save or correct one day's check-in (the runner only);
//      answers 200 with the decision only after the row is committed.
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson } from "@/lib/http/read-json";
import { handleRoute, noStore } from "@/lib/http/route";
import { loadPlan } from "@/lib/services/load-plan";
import { recordCheckIn } from "@/lib/services/record-check-in";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/plans/[planId]/check-ins">) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const plan = await loadPlan(getDb(), caller, (await params).planId);
    return Response.json({ checkIns: plan.checkIns }, { headers: noStore });
  }, request);
}

export async function POST(request: Request, { params }: RouteContext<"/api/plans/[planId]/check-ins">) {
  return handleRoute(async () => {
    const caller = await requireUser("runner");
    const input = await readJson(request);
    const { state, corrected } = await recordCheckIn(getDb(), caller, { planId: (await params).planId, input });
    return Response.json({ corrected, status: state.status, phase: state.phase, decision: state.lastDecision }, { status: corrected ? 200 : 201, headers: noStore });
  }, request);
}
