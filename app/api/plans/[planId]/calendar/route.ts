// GET /api/plans/:planId/calendar: the coming sessions as an .ics download, for the plan's own runner.
import { noStore, withCaller } from "@/lib/http/route";
import { getOwnerCalendar } from "@/lib/server/calendar/feed";

export const GET = withCaller<{ planId: string }>(undefined, async ({ request, caller, db, params }) => {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = requested === "nl" || requested === "en" ? requested : undefined;
  const ics = await getOwnerCalendar(db, caller, params.planId, { locale });
  return new Response(ics, {
    headers: {
      ...noStore,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="comeback.ics"',
    },
  });
});
