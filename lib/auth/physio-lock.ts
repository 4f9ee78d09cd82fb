// An approved physio's display name is what patients see next to "verified": from then on only
// the operator's CLI changes it (lib/scripts/admin.ts).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { physioProfiles } from "@/lib/db/schema";

export async function isNameLocked(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: physioProfiles.userId })
    .from(physioProfiles)
    .where(and(eq(physioProfiles.userId, userId), eq(physioProfiles.status, "approved")));
  return rows.length > 0;
}
