// POST /api/mail/unsubscribe?token=…: the one-click unsubscribe a mail client sends (RFC 8058,
// List-Unsubscribe-Post). Cross-site by design and signed out: the signed token is the permission.
import { getDb } from "@/lib/db/client";
import { optOut } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const done = await optOut(getDb(), token);
  return new Response(done ? "Unsubscribed\n" : "Invalid link\n", {
    status: done ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
