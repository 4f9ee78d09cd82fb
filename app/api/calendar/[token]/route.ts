// GET /api/calendar/:token: the private subscription feed. An unknown, revoked or malformed token
// gets a bare 404 that says nothing about any plan.
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { handleRoute, noStore } from "@/lib/http/route";
import { getCalendarFeed } from "@/lib/server/calendar/feed";

export async function GET(_request: Request, { params }: RouteContext<"/api/calendar/[token]">) {
  return handleRoute(async () => {
    const { token } = await params;
    try {
      const ics = await getCalendarFeed(getDb(), token);
      return new Response(ics, {
        headers: {
          ...noStore,
          "Content-Type": "text/calendar; charset=utf-8",
          "Content-Disposition": 'inline; filename="comeback.ics"',
        },
      });
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND")
        return new Response("Not found", {
          status: 404,
          headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" },
        });
      throw error;
    }
  });
}
