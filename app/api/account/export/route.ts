// GET /api/account/export — everything Comeback holds about the caller, as a JSON download (GDPR).
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handleRoute, noStore } from "@/lib/http/route";
import { exportAccount } from "@/lib/services/export-account";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleRoute(async () => {
    const caller = await requireUser();
    const data = await exportAccount(getDb(), caller);
    return new Response(JSON.stringify(data, null, 2), {
      headers: { ...noStore, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="comeback-data.json"', "X-Content-Type-Options": "nosniff" },
    });
  }, request);
}
