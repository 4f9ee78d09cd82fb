// A day's check-in with its history: every save is a version, the check_ins row is the latest one.
import "server-only";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import { checkIns, checkInVersions, user, type Role } from "@/lib/db/schema";
import { upsertCheckIn, type CheckInRow, type NewCheckIn } from "./queries";

export type CheckInVersionRow = typeof checkInVersions.$inferSelect;
export type Author = { id: string; role: Role };

/**
 * Saves the day's check-in and appends it as the day's next version. Call inside a transaction: the
 * day's row is locked first, so two saves of one day get versions n and n + 1, never the same number.
 * A day reported before versions were kept gets its stored report as version 1 (only the runner
 * writes check-ins, so `firstAuthor` wrote it).
 * `baseVersion` is the version the report was made from (0: the day had none): when the day has a newer
 * one by now, it throws CONFLICT with the current version (rolling the transaction back), so an old report
 * sent late (queued offline) never replaces a newer correction. Checked under the row lock.
 */
export async function saveCheckInVersion(
  tx: Db,
  params: { checkIn: NewCheckIn; author: Author; firstAuthor: Author; baseVersion?: number },
): Promise<{ row: CheckInRow & { inserted: boolean }; version: number }> {
  const { planId, date } = params.checkIn;
  const [existing] = await tx
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.planId, planId), eq(checkIns.date, date)))
    .for("update");
  // The upsert goes first: it waits for a save of the same new day in another transaction (there was no
  // row to lock above), so the version read after it counts that save too.
  const row = await upsertCheckIn(tx, params.checkIn);
  const latest = await latestVersion(tx, planId, date);
  const current = latest > 0 ? latest : row.inserted ? 0 : 1;
  // Thrown, not returned: the transaction rolls back, so the upsert above leaves nothing behind.
  if (params.baseVersion !== undefined && current > params.baseVersion)
    throw new AppError("CONFLICT", "errors.checkInChangedSince", { current });
  let version = latest + 1;
  if (existing && latest === 0) {
    await tx.insert(checkInVersions).values({
      planId,
      date,
      version: 1,
      data: existing.data,
      changedBy: params.firstAuthor.id,
      changedByRole: params.firstAuthor.role,
      changedAt: existing.updatedAt,
    });
    version = 2;
  }
  await tx.insert(checkInVersions).values({
    planId,
    date,
    version,
    data: params.checkIn.data,
    changedBy: params.author.id,
    changedByRole: params.author.role,
  });
  return { row, version };
}

/** The day's version as a runner's form sees it: 0 when unreported, 1 for a report from before versions were kept. */
export async function dayVersion(db: Db, planId: string, date: string): Promise<number> {
  const latest = await latestVersion(db, planId, date);
  if (latest > 0) return latest;
  const [row] = await db
    .select({ date: checkIns.date })
    .from(checkIns)
    .where(and(eq(checkIns.planId, planId), eq(checkIns.date, date)));
  return row ? 1 : 0;
}

async function latestVersion(db: Db, planId: string, date: string): Promise<number> {
  const [row] = await db
    .select({ version: max(checkInVersions.version) })
    .from(checkInVersions)
    .where(and(eq(checkInVersions.planId, planId), eq(checkInVersions.date, date)));
  return row?.version ?? 0;
}

/** Versions that a later save of the same day replaced: what the engine's red-flag rule reads too. */
export async function listSupersededVersions(db: Db, planId: string): Promise<CheckInVersionRow[]> {
  return db
    .select()
    .from(checkInVersions)
    .where(
      and(
        eq(checkInVersions.planId, planId),
        sql`${checkInVersions.version} < (select max(w.version) from check_in_versions w where w.plan_id = ${checkInVersions.planId} and w.date = ${checkInVersions.date})`,
      ),
    )
    .orderBy(asc(checkInVersions.date), asc(checkInVersions.version));
}

export type CheckInVersionWithAuthor = CheckInVersionRow & { authorName: string | null };

/** Every version of the days that were corrected (two or more versions), oldest first, with who saved it. */
export async function listCorrectedDays(db: Db, planId: string): Promise<CheckInVersionWithAuthor[]> {
  const rows = await db
    .select({ version: checkInVersions, authorName: user.name })
    .from(checkInVersions)
    .leftJoin(user, eq(user.id, checkInVersions.changedBy))
    .where(
      and(
        eq(checkInVersions.planId, planId),
        sql`exists (select 1 from check_in_versions w where w.plan_id = ${checkInVersions.planId} and w.date = ${checkInVersions.date} and w.version > 1)`,
      ),
    )
    .orderBy(asc(checkInVersions.date), asc(checkInVersions.version));
  return rows.map((r) => ({ ...r.version, authorName: r.authorName }));
}
