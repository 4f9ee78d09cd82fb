import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { invites, physioProfiles, plans, user } from "@/lib/db/schema";

export type InviteRow = typeof invites.$inferSelect;
export type InviteWithNames = InviteRow & { physioName: string; usedByName: string | null };

export async function insertInvite(db: Db, params: typeof invites.$inferInsert): Promise<InviteRow> {
  const [row] = await db.insert(invites).values(params).returning();
  return row!;
}

// `lock` holds the row until the transaction ends, so two runners cannot both use one code.
// Only a verified physio's invite is found: a pending or revoked physio's code leads nowhere.
export async function findInviteByCode(
  db: Db,
  code: string,
  options: { lock?: boolean } = {},
): Promise<(InviteRow & { physioName: string; physioPractice: string }) | undefined> {
  const query = db
    .select({ invite: invites, physioName: user.name, physioPractice: physioProfiles.practice })
    .from(invites)
    .innerJoin(user, eq(user.id, invites.physioId))
    .innerJoin(physioProfiles, and(eq(physioProfiles.userId, invites.physioId), eq(physioProfiles.status, "approved")))
    .where(eq(invites.code, code));
  const [row] = options.lock ? await query.for("update", { of: invites }) : await query;
  return row ? { ...row.invite, physioName: row.physioName, physioPractice: row.physioPractice } : undefined;
}

export async function listInvitesOfPhysio(db: Db, physioId: string, limit = 100): Promise<InviteWithNames[]> {
  const rows = await db
    .select({ invite: invites, usedByName: user.name })
    .from(invites)
    .leftJoin(user, eq(user.id, invites.usedBy))
    .where(eq(invites.physioId, physioId))
    .orderBy(desc(invites.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.invite, physioName: "", usedByName: r.usedByName }));
}

// Only an unused invite can be used, and only once: the condition is in the update itself.
export async function markInviteUsed(db: Db, params: { id: string; usedBy: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ usedAt: params.now, usedBy: params.usedBy })
    .where(and(eq(invites.id, params.id), isNull(invites.usedAt), gt(invites.expiresAt, params.now)))
    .returning({ id: invites.id });
  return rows.length === 1;
}

// Withdrawing an open invite deletes it: an unknown code and a withdrawn one get the same answer.
export async function deleteOpenInvite(db: Db, params: { id: string; physioId: string }): Promise<boolean> {
  const rows = await db
    .delete(invites)
    .where(and(eq(invites.id, params.id), eq(invites.physioId, params.physioId), isNull(invites.usedAt)))
    .returning({ id: invites.id });
  return rows.length === 1;
}

export async function lockPlan(db: Db, planId: string) {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId)).for("update");
  return row;
}

export async function setPlanPhysio(
  db: Db,
  params: { planId: string; physioId: string | null; expectedPhysioId?: string },
): Promise<boolean> {
  const where = params.expectedPhysioId
    ? and(eq(plans.id, params.planId), eq(plans.physioId, params.expectedPhysioId))
    : eq(plans.id, params.planId);
  const rows = await db
    .update(plans)
    .set({ physioId: params.physioId, updatedAt: sql`now()` })
    .where(where)
    .returning({ id: plans.id });
  return rows.length === 1;
}

export async function findUserName(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, id));
  return row?.name;
}
