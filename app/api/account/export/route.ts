// GET /api/account/export — everything Comeback holds about the caller, as a JSON download (GDPR).
import { noStore, withCaller } from "@/lib/http/route";
import { exportAccount } from "@/lib/server/account/export-account";

export const dynamic = "force-dynamic";

export const GET = withCaller(undefined, async ({ caller, db }) => {
  const data = await exportAccount(db, caller);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="comeback-data.json"',
      "X-Content-Type-Options": "nosniff",
    },
  });
});
