import type { Db } from "@/lib/db/client";

export type NotificationKind = "red_flag" | "approval_waiting" | "message" | "digest" | "reminder";

export async function notifyUser(_db: Db, _input: { userId: string; kind: NotificationKind; planId?: string }): Promise<void> {
  // replaced by h12a at merge
}
