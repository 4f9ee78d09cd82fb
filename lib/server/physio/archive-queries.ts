import "server-only";
import { and, desc, eq, gt, ilike, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { plans, user } from "@/lib/db/schema";

export type ArchivedRow = { planId: string; name: string; site: string | null; dischargedOn: string; phase: number };

/** A search term as a literal ILIKE pattern: % and _ typed by the physio match themselves. */
const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// The physio's discharged patients, the most recent discharge first, optionally by (part of) the name.
export async function listArchivedRows(db: Db, physioId: string, q: string): Promise<ArchivedRow[]> {
  const conditions: SQL[] = [eq(plans.physioId, physioId), isNotNull(plans.dischargedOn)];
  if (q) conditions.push(ilike(user.name, containsPattern(q)));
  const rows = await db
    .select({
      planId: plans.id,
      name: user.name,
      site: plans.intake,
      dischargedOn: plans.dischargedOn,
      phase: plans.phase,
    })
    .from(plans)
    .innerJoin(user, eq(user.id, plans.runnerId))
    .where(and(...conditions))
    .orderBy(desc(plans.dischargedOn), desc(plans.createdAt))
    .limit(200);
  return rows.map((r) => ({
    ...r,
    site: (r.site as { site?: string } | null)?.site ?? null,
    dischargedOn: r.dischargedOn!,
  }));
}

/** Whether the runner has a plan newer than this one (a plan reopened already). Compared in the database:
 * a JS Date keeps milliseconds, PostgreSQL microseconds, so the plan itself would look newer than its own time. */
export async function hasNewerPlan(db: Db, runnerId: string, planId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.runnerId, runnerId),
        gt(plans.createdAt, sql`(select p.created_at from plans p where p.id = ${planId})`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The runner's other plans with this physio (earlier or later), for the "history" links of a plan. */
export async function listOtherPlans(db: Db, planId: string, runnerId: string, physioId: string) {
  const rows = await db
    .select({
      planId: plans.id,
      startOn: sql<string | null>`${plans.intake}->>'startOn'`,
      dischargedOn: plans.dischargedOn,
    })
    .from(plans)
    .where(and(eq(plans.runnerId, runnerId), eq(plans.physioId, physioId)))
    .orderBy(desc(plans.createdAt));
  return rows.filter((r) => r.planId !== planId);
}
