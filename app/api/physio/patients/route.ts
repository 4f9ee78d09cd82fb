// GET /api/physio/patients: one page of the physio's dashboard (snapshot columns, one query), polled by
// the page. Query: the view (sort, dir, q, alerts, phase, as in the page's URL) and `cursor` from the
// previous page's `nextCursor`; the answer holds 50 rows and `next`, the next page's URL (or null).
import { todayOf } from "@/lib/auth/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { listPatientPage, parseCursor } from "@/lib/services/patient-page";
import { readView } from "@/lib/services/patient-view";

export async function GET(request: Request) {
  return handleRoute(async () => {
    const caller = await requireUser("physio");
    const params = new URL(request.url).searchParams;
    const cursor = parseCursor(params.get("cursor"));
    const page = await listPatientPage(getDb(), caller, await todayOf(caller), readView(params), cursor);
    return Response.json(page, { headers: noStore });
  }, request);
}
