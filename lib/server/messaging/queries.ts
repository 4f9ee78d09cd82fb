import "server-only";
import { and, asc, count, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messageReads, planMessages, user } from "@/lib/db/schema";

export type MessageRow = typeof planMessages.$inferSelect;

export async function insertMessage(
  db: Db,
  params: { planId: string; physioId: string; senderId: string; senderRole: "runner" | "physio"; body: string },
): Promise<MessageRow> {
  const [row] = await db.insert(planMessages).values(params).returning();
  return row!;
}

// One thread: the plan's messages with the physio it is with, oldest first (the newest at the bottom).
export async function listThread(db: Db, params: { planId: string; physioId: string }) {
  return db
    .select({
      id: planMessages.id,
      body: planMessages.body,
      senderRole: planMessages.senderRole,
      senderName: user.name,
      createdAt: planMessages.createdAt,
      // The exact stored time (microseconds; a JS Date keeps milliseconds), to mark read up to it.
      stamp: sql<string>`${planMessages.createdAt}::text`,
    })
    .from(planMessages)
    .leftJoin(user, eq(user.id, planMessages.senderId))
    .where(and(eq(planMessages.planId, params.planId), eq(planMessages.physioId, params.physioId)))
    .orderBy(asc(planMessages.createdAt), asc(planMessages.id));
}

// Read up to `stamp`, the newest message the reader was shown (a later one stays unread).
export async function markThreadRead(db: Db, params: { planId: string; userId: string; stamp: string }): Promise<void> {
  await db
    .insert(messageReads)
    .values({ planId: params.planId, userId: params.userId, readAt: sql`${params.stamp}::timestamptz` })
    .onConflictDoUpdate({
      target: [messageReads.planId, messageReads.userId],
      set: { readAt: sql`greatest(${messageReads.readAt}, excluded.read_at)` },
    });
}

// Messages from the other side since the reader last opened this thread.
export async function countUnreadInThread(
  db: Db,
  params: { planId: string; physioId: string; readerId: string; readerRole: "runner" | "physio" },
): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(planMessages)
    .leftJoin(messageReads, and(eq(messageReads.planId, planMessages.planId), eq(messageReads.userId, params.readerId)))
    .where(
      and(
        eq(planMessages.planId, params.planId),
        eq(planMessages.physioId, params.physioId),
        ne(planMessages.senderRole, params.readerRole),
        or(isNull(messageReads.readAt), gt(planMessages.createdAt, messageReads.readAt)),
      ),
    );
  return row?.unread ?? 0;
}

// A physio's unread messages on all their threads, one grouped count over their own rows; as a
// subquery the dashboard joins into its one query.
export function unreadForPhysio(db: Db, physioId: string) {
  return db
    .select({ planId: planMessages.planId, unread: count().as("unread") })
    .from(planMessages)
    .leftJoin(messageReads, and(eq(messageReads.planId, planMessages.planId), eq(messageReads.userId, physioId)))
    .where(
      and(
        eq(planMessages.physioId, physioId),
        eq(planMessages.senderRole, "runner"),
        or(isNull(messageReads.readAt), gt(planMessages.createdAt, messageReads.readAt)),
      ),
    )
    .groupBy(planMessages.planId);
}

// For the data export: every message on these plans, with the sender's name (null once their account is gone).
export async function listMessagesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: planMessages.planId,
      body: planMessages.body,
      senderRole: planMessages.senderRole,
      senderName: user.name,
      createdAt: planMessages.createdAt,
    })
    .from(planMessages)
    .leftJoin(user, eq(user.id, planMessages.senderId))
    .where(inArray(planMessages.planId, planIds))
    .orderBy(asc(planMessages.createdAt), asc(planMessages.id));
}

// For a physio's data export: what they wrote themselves.
export async function listMessagesSentBy(db: Db, senderId: string) {
  return db
    .select({ planId: planMessages.planId, body: planMessages.body, createdAt: planMessages.createdAt })
    .from(planMessages)
    .where(eq(planMessages.senderId, senderId))
    .orderBy(asc(planMessages.createdAt));
}
