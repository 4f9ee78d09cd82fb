// GET /api/plans/:planId/progress: the plan's progress as chart data, for whoever may see the plan.
import { noStore, withCaller } from "@/lib/http/route";
import { getProgress } from "@/lib/server/plan/progress";

export const GET = withCaller<{ planId: string }>(undefined, async ({ caller, db, params }) =>
  Response.json(await getProgress(db, caller, params.planId), { headers: noStore }),
);
