// GET /api/physio/patients: one page of the physio's dashboard (snapshot columns, one query), polled by
// the page. Query: the view (sort, dir, q, alerts, phase, as in the page's URL) and `cursor` from the
// previous page's `nextCursor`; the answer holds 50 rows and `next`, the next page's URL (or null).
import { todayOf } from "@/lib/http/page-guard";
import { noStore, withCaller } from "@/lib/http/route";
import { listPatientPage, parseCursor } from "@/lib/server/physio/dashboard-page";
import { readView } from "@/lib/validation/dashboard-view";

export const GET = withCaller("physio", async ({ request, caller, db }) => {
  const params = new URL(request.url).searchParams;
  const page = await listPatientPage(
    db,
    caller,
    await todayOf(caller),
    readView(params),
    parseCursor(params.get("cursor")),
  );
  return Response.json(page, { headers: noStore });
});
