// The invite page shows a physio's name to a runner deciding whom to share health data with. Nobody
// else may take a name that reads the same as a physio's: compared after Unicode folding (NFKC, no
// accents, no zero-width or invisible characters, case and spacing ignored), so "Femke  de Vries",
// "FEMKE DE VRIES" and "Femké de Vries" with a zero-width space are all the same name.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

function nameFingerprint(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\p{Cf}\p{Cc}]/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-'’]+/g, " ")
    .trim();
}

export async function isAnotherPhysiosName(db: Db, name: string, callerId: string | undefined): Promise<boolean> {
  const fingerprint = nameFingerprint(name);
  const physios = await db
    .select({ name: user.name })
    .from(user)
    .where(callerId ? and(eq(user.role, "physio"), ne(user.id, callerId)) : eq(user.role, "physio"));
  return physios.some((p) => nameFingerprint(p.name) === fingerprint);
}
