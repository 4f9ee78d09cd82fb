import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditLog, phaseTransitions, planEvents, plans } from "@/lib/db/schema";

export type PlanRow = typeof plans.$inferSelect;

export async function insertPlan(db: Db, params: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(params).returning();
  return row!;
}

/**
 * What the runner's menu needs, in one read on every page: whether the newest plan is closed (no Check-in)
 * and whether any plan has a physio (only then are there messages to read). A runner has a handful of plans.
 */
export async function runnerMenuFacts(db: Db, runnerId: string): Promise<{ closed: boolean; withMessages: boolean }> {
  const rows = await db
    .select({ dischargedOn: plans.dischargedOn, physioId: plans.physioId })
    .from(plans)
    .where(eq(plans.runnerId, runnerId))
    .orderBy(desc(plans.createdAt));
  return { closed: !!rows[0]?.dischargedOn, withMessages: rows.some((r) => r.physioId !== null) };
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

export async function insertPlanEvent(db: Db, params: typeof planEvents.$inferInsert) {
  const [row] = await db.insert(planEvents).values(params).returning();
  return row!;
}

export async function appendAudit(db: Db, params: typeof auditLog.$inferInsert) {
  const [row] = await db.insert(auditLog).values(params).returning();
  return row!;
}

export async function listPlanEvents(db: Db, planId: string) {
  return db
    .select()
    .from(planEvents)
    .where(eq(planEvents.planId, planId))
    .orderBy(asc(planEvents.date), asc(planEvents.createdAt));
}

export async function updatePlanSummary(
  db: Db,
  planId: string,
  summary: { phase: number; status: PlanRow["status"]; summary: unknown; lastCheckInOn: string | null },
) {
  await db
    .update(plans)
    .set({ ...summary, updatedAt: new Date() })
    .where(eq(plans.id, planId));
}

// Transitions are derived from the replay; recording one twice is a no-op.
export async function recordPhaseTransitions(
  db: Db,
  planId: string,
  transitions: { fromPhase: number; toPhase: number; on: string }[],
) {
  if (transitions.length === 0) return;
  await db
    .insert(phaseTransitions)
    .values(transitions.map((t) => ({ planId, ...t })))
    .onConflictDoNothing();
}
