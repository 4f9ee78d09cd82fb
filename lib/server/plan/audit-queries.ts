import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditLog, planEvents, user } from "@/lib/db/schema";

// Who did what and when on a plan, newest first, with the actor's name and role.
export async function listAudit(db: Db, planId: string, limit = 100) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      detail: auditLog.detail,
      at: auditLog.at,
      actorName: user.name,
      actorRole: user.role,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(eq(auditLog.planId, planId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

// A plan's events of the given kinds with the actor's name, in the order the engine replays them.
export async function listEventsWithActors(db: Db, planId: string, kinds: string[]) {
  return db
    .select({
      id: planEvents.id,
      date: planEvents.date,
      kind: planEvents.kind,
      payload: planEvents.payload,
      createdAt: planEvents.createdAt,
      actorName: user.name,
      actorRole: user.role,
    })
    .from(planEvents)
    .leftJoin(user, eq(user.id, planEvents.actorId))
    .where(and(eq(planEvents.planId, planId), inArray(planEvents.kind, kinds)))
    .orderBy(asc(planEvents.date), asc(planEvents.createdAt));
}
