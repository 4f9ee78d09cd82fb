// What a physio's action leaves on a plan: the row, its events, audit rows and notes. Tests compare it
// before and after a refused action to prove nothing changed.
import { and, desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { listAudit } from "@/lib/server/plan/audit-queries";
import { findPlan, listPlanEvents } from "@/lib/server/plan/queries";
import { noteWithAuthor } from "@/lib/server/physio/note-queries";
import { checkIns, notes as notesTable, plans, user } from "@/lib/db/schema";

export async function readPlanRecord(db: Db, planId: string) {
  const [plan, events, audit, notes] = await Promise.all([
    findPlan(db, planId),
    listPlanEvents(db, planId),
    listAudit(db, planId),
    // Every note on the plan, whoever may read it (listNotes answers for one reader).
    db
      .select(noteWithAuthor)
      .from(notesTable)
      .leftJoin(user, eq(user.id, notesTable.authorId))
      .where(eq(notesTable.planId, planId))
      .orderBy(desc(notesTable.createdAt)),
  ]);
  return { plan, events, audit, notes };
}

/** No event and no audit row on the plan: whatever was asked was refused before it was stored. */
export async function expectNoChange(db: Db, planId: string) {
  const [events, audit] = await Promise.all([listPlanEvents(db, planId), listAudit(db, planId)]);
  expect(events).toHaveLength(0);
  expect(audit).toHaveLength(0);
}

/** A runner's plans, as the onboarding tests check them (the app reads a plan through loadPlan). */
export function listPlansOfRunner(db: Db, runnerId: string) {
  return db.select().from(plans).where(eq(plans.runnerId, runnerId));
}

/** The stored check-in of one day, as the schema tests read it back. */
export async function findCheckIn(db: Db, planId: string, date: string) {
  const [row] = await db
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.planId, planId), eq(checkIns.date, date)));
  return row;
}
