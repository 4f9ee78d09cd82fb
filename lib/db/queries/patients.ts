import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { plans, user } from "../schema";

export type PatientRow = {
  planId: string;
  runnerId: string;
  name: string;
  site: string | null;
  tissue: string | null;
  phase: number;
  status: (typeof plans.$inferSelect)["status"];
  summary: unknown;
  lastCheckInOn: string | null;
};

// The dashboard's one query: every plan linked to the physio with the runner's name and the
// snapshot columns (plans_physio_idx), so hundreds of patients cost one round trip and no replay.
export async function listPatientRows(db: Db, physioId: string): Promise<PatientRow[]> {
  return db
    .select({
      planId: plans.id,
      runnerId: plans.runnerId,
      name: user.name,
      site: sql<string | null>`${plans.intake}->>'site'`,
      tissue: sql<string | null>`${plans.intake}->>'tissue'`,
      phase: plans.phase,
      status: plans.status,
      summary: plans.summary,
      lastCheckInOn: plans.lastCheckInOn,
    })
    .from(plans)
    .innerJoin(user, eq(user.id, plans.runnerId))
    .where(eq(plans.physioId, physioId))
    .orderBy(desc(plans.createdAt));
}

export async function findRunnerName(db: Db, runnerId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, runnerId));
  return row?.name;
}
