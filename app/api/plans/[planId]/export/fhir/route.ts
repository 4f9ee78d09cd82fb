// GET /api/plans/:planId/export/fhir — the plan as a FHIR R4 Bundle (collection) for the clinic's record:
// the linked physio only (the plan's runner is forbidden, anyone else finds no such plan).
import { noStore, withCaller } from "@/lib/http/route";
import { exportPlanFhir } from "@/lib/server/outcome/fhir-export";

export const dynamic = "force-dynamic";

export const GET = withCaller<{ planId: string }>(undefined, async ({ caller, db, params }) => {
  const bundle = await exportPlanFhir(db, caller, params.planId);
  return new Response(JSON.stringify(bundle), {
    headers: {
      ...noStore,
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="comeback-plan-${encodeURIComponent(params.planId)}.fhir.json"`,
    },
  });
});
