// A physio account's review status, read by sign-in and by every session check (an unapproved
// physio is signed in but sees no patients).
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { physioProfiles, type PhysioStatus } from "@/lib/db/schema";

export async function findPhysioStatus(db: Db, userId: string): Promise<PhysioStatus | undefined> {
  const [row] = await db
    .select({ status: physioProfiles.status })
    .from(physioProfiles)
    .where(eq(physioProfiles.userId, userId));
  return row?.status;
}
