// GET /api/plans/:planId/check-ins — every check-in of the plan (owner or linked physio).
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { loadPlan } from "@/lib/services/load-plan";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/plans/[planId]/check-ins">) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const plan = await loadPlan(getDb(), caller, (await params).planId);
    return Response.json({ checkIns: plan.checkIns }, { headers: noStore });
  });
}
