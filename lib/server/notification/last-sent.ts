// When a user was last reached, per kind, from the send records (kept 7 days: lib/server/notification/deliver.ts),
// so the Account page can show that reminders and summaries really go out.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

export type SentKind = "reminder" | "digest" | "alert";
export type LastSent = { kind: SentKind; at: Date | null }[];

const ALERTS = ["red_flag", "approval_waiting", "message", "message_digest"];

export async function lastSentFor(db: Db, userId: string, role: "runner" | "physio"): Promise<LastSent> {
  const { rows } = await db.execute<{ kind: string; at: string | Date }>(
    sql`select kind, max(sent_at) as at from notification_deliveries where user_id = ${userId} group by kind`,
  );
  const latest = (kinds: string[]) => {
    const times = rows.filter((r) => kinds.includes(r.kind)).map((r) => new Date(r.at).getTime());
    return times.length > 0 ? new Date(Math.max(...times)) : null;
  };
  return role === "runner"
    ? [{ kind: "reminder", at: latest(["reminder"]) }]
    : [
        { kind: "alert", at: latest(ALERTS) },
        { kind: "digest", at: latest(["digest"]) },
      ];
}
