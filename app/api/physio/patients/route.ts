// GET /api/physio/patients: the physio's dashboard list (snapshot columns, one query), polled by the page.
import { runnerToday } from "@/lib/auth/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { listPatients } from "@/lib/services/list-patients";

export async function GET() {
  return handleRoute(async () => {
    const caller = await requireUser("physio");
    const list = await listPatients(getDb(), caller, await runnerToday(caller.id));
    return Response.json(list, { headers: noStore });
  });
}
