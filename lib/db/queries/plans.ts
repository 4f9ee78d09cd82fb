import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, phaseTransitions, planEvents, plans } from "../schema";

export type PlanRow = typeof plans.$inferSelect;

export async function insertPlan(db: Db, params: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(params).returning();
  return row!;
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

export async function listPlansOfRunner(db: Db, runnerId: string): Promise<PlanRow[]> {
  return db.select().from(plans).where(eq(plans.runnerId, runnerId));
}

export async function insertPlanEvent(db: Db, params: typeof planEvents.$inferInsert) {
  const [row] = await db.insert(planEvents).values(params).returning();
  return row!;
}

export async function insertPhaseTransition(db: Db, params: typeof phaseTransitions.$inferInsert) {
  const [row] = await db.insert(phaseTransitions).values(params).returning();
  return row!;
}

export async function appendAudit(db: Db, params: typeof auditLog.$inferInsert) {
  const [row] = await db.insert(auditLog).values(params).returning();
  return row!;
}
