// The invite page shows a physio's name to a runner deciding whom to share health data with. Nobody
// else may take a name that looks the same as a physio's: compared by confusable skeleton
// (lib/security/name-skeleton.ts), so "Femke  de Vries", "FEMKE DE VRIES", "Femké de Vries" with a
// zero-width space and "Fеmke de Vries" with a Cyrillic "е" are all the same name.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { nameSkeleton } from "./name-skeleton";

export async function isAnotherPhysiosName(db: Db, name: string, callerId: string | undefined): Promise<boolean> {
  const skeleton = nameSkeleton(name);
  const physios = await db
    .select({ name: user.name })
    .from(user)
    .where(callerId ? and(eq(user.role, "physio"), ne(user.id, callerId)) : eq(user.role, "physio"));
  return physios.some((p) => nameSkeleton(p.name) === skeleton);
}
