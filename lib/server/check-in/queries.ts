import "server-only";
import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/pg-errors";
import { checkIns } from "@/lib/db/schema";

export type CheckInRow = typeof checkIns.$inferSelect;
export type NewCheckIn = {
  planId: string;
  date: string;
  painRest: number;
  painDuring: number;
  painAfter: number;
  painMorning: number;
  data: Record<string, unknown>;
};

// The database enforces one check-in per plan per day; a second one surfaces as a typed CONFLICT.
export async function insertCheckIn(db: Db, params: NewCheckIn): Promise<CheckInRow> {
  try {
    const [row] = await db.insert(checkIns).values(params).returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error, "check_ins_plan_date_unique")) {
      throw new AppError("CONFLICT", "errors.checkInExists", { date: params.date });
    }
    throw error;
  }
}

// Insert, or correct the day's existing check-in: one row per day, whatever the order of requests.
// `inserted` says which of the two happened, decided by the row lock, not by an earlier read: of
// several saves of the same day at once exactly one inserts (xmax = 0 on a freshly inserted row).
export async function upsertCheckIn(db: Db, params: NewCheckIn): Promise<CheckInRow & { inserted: boolean }> {
  const { painRest, painDuring, painAfter, painMorning, data } = params;
  const [row] = await db
    .insert(checkIns)
    .values(params)
    .onConflictDoUpdate({
      target: [checkIns.planId, checkIns.date],
      set: { painRest, painDuring, painAfter, painMorning, data, updatedAt: new Date() },
    })
    .returning({ ...getTableColumns(checkIns), inserted: sql<boolean>`(xmax = 0)` });
  return row!;
}

export async function listCheckIns(db: Db, planId: string): Promise<CheckInRow[]> {
  return db.select().from(checkIns).where(eq(checkIns.planId, planId)).orderBy(asc(checkIns.date));
}
