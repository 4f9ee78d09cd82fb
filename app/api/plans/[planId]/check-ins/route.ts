// GET  /api/plans/:planId/check-ins — every check-in of the plan (owner or linked physio).
// POST /api/plans/:planId/check-ins — save or correct one day's check-in (the runner only);
//      answers 200 with the decision only after the row is committed.
import { readJson } from "@/lib/http/read-json";
import { noStore, withCaller } from "@/lib/http/route";
import { loadPlan } from "@/lib/server/plan/load-plan";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";

export const dynamic = "force-dynamic";

export const GET = withCaller<{ planId: string }>(undefined, async ({ caller, db, params }) => {
  const plan = await loadPlan(db, caller, params.planId);
  return Response.json({ checkIns: plan.checkIns }, { headers: noStore });
});

export const POST = withCaller<{ planId: string }>("runner", async ({ request, caller, db, params }) => {
  const input = await readJson(request);
  const { state, corrected } = await recordCheckIn(db, caller, { planId: params.planId, input });
  return Response.json(
    { corrected, status: state.status, phase: state.phase, decision: state.lastDecision },
    { status: corrected ? 200 : 201, headers: noStore },
  );
});
