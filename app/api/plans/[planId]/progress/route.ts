// GET /api/plans/:planId/progress: the plan's progress as chart data, for whoever may see the plan.
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { getProgress } from "@/lib/services/get-progress";

export async function GET(_request: Request, { params }: RouteContext<"/api/plans/[planId]/progress">) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const { planId } = await params;
    const progress = await getProgress(getDb(), caller, planId);
    return Response.json(progress, { headers: noStore });
  });
}
