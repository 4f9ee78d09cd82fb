import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { createUser } from "./db";

// A signed-in caller as the services see it, backed by a real user row.
export async function createCaller(db: Db, role: Role = "runner"): Promise<SessionUser> {
  const row = await createUser(db, { role });
  return { id: row.id, name: row.name, email: row.email, role, locale: "en" };
}
