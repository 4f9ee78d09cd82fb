// A physio's registration and its review by an operator (lib/scripts/admin.ts).
import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { physioProfiles, user, type PhysioStatus } from "@/lib/db/schema";

export type PhysioProfileRow = typeof physioProfiles.$inferSelect;
export type PhysioListing = {
  email: string;
  name: string;
  bigNumber: string;
  practice: string;
  status: PhysioStatus;
  createdAt: Date;
};

export async function insertPhysioProfile(
  db: Db,
  params: { userId: string; bigNumber: string; practice: string },
): Promise<void> {
  await db.insert(physioProfiles).values(params);
}

export async function findPhysioProfile(db: Db, userId: string): Promise<PhysioProfileRow | undefined> {
  const [row] = await db.select().from(physioProfiles).where(eq(physioProfiles.userId, userId));
  return row;
}

export async function updatePhysioProfile(
  db: Db,
  userId: string,
  patch: Partial<Pick<PhysioProfileRow, "practice" | "bigNumber" | "status" | "decidedAt">>,
): Promise<boolean> {
  const rows = await db
    .update(physioProfiles)
    .set(patch)
    .where(eq(physioProfiles.userId, userId))
    .returning({ userId: physioProfiles.userId });
  return rows.length > 0;
}

export async function listPhysioProfiles(db: Db): Promise<PhysioListing[]> {
  return db
    .select({
      email: user.email,
      name: user.name,
      bigNumber: physioProfiles.bigNumber,
      practice: physioProfiles.practice,
      status: physioProfiles.status,
      createdAt: physioProfiles.createdAt,
    })
    .from(physioProfiles)
    .innerJoin(user, eq(user.id, physioProfiles.userId))
    .orderBy(asc(physioProfiles.createdAt));
}
