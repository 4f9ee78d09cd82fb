import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, phaseTransitions, planEvents, plans } from "../schema";

export type PlanRow = typeof plans.$inferSelect;

export async function insertPlan(db: Db, params: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(params).returning();
  return row!;
}

/** Whether any plan of this runner has (or had) a physio: only then are there messages to read. */
export async function runnerHasPhysio(db: Db, runnerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.runnerId, runnerId), isNotNull(plans.physioId)))
    .limit(1);
  return rows.length > 0;
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
