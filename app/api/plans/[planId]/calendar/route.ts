// GET /api/plans/:planId/calendar: the coming sessions as an .ics download, for the plan's own runner.
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { getOwnerCalendar } from "@/lib/services/calendar-feed";

export async function GET(request: Request, { params }: RouteContext<"/api/plans/[planId]/calendar">) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const { planId } = await params;
    const requested = new URL(request.url).searchParams.get("locale");
    const locale = requested === "nl" || requested === "en" ? requested : undefined;
    const ics = await getOwnerCalendar(getDb(), caller, planId, { locale });
    return new Response(ics, {
      headers: { ...noStore, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="comeback.ics"' },
    });
  });
}
