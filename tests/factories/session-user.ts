import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { insertPhysioProfile, updatePhysioProfile } from "@/lib/server/physio/profile-queries";
import { eq } from "drizzle-orm";
import { user, type Role } from "@/lib/db/schema";
import { createUser } from "./db";

// A physio's registration, approved as the operator's CLI would (or left pending).
export async function registerPhysio(db: Db, userId: string, status: "pending" | "approved" = "approved") {
  await insertPhysioProfile(db, { userId, bigNumber: "19012345601", practice: "Praktijk Test" });
  if (status === "approved") await updatePhysioProfile(db, userId, { status: "approved", decidedAt: new Date() });
  return status;
}

// A signed-in caller as the services see it, backed by a real user row. A physio is verified
// (approved by an operator, two-step sign-in on) unless the test asks for a pending one or none.
export async function createCaller(
  db: Db,
  role: Role = "runner",
  options: { physioStatus?: "pending" | "approved"; name?: string; twoStep?: boolean } = {},
): Promise<SessionUser> {
  const row = await createUser(db, { role, name: options.name });
  const twoFactorEnabled = options.twoStep ?? role === "physio";
  if (twoFactorEnabled) await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, row.id));
  if (role !== "physio") return { id: row.id, name: row.name, email: row.email, role, locale: "en", twoFactorEnabled };
  const physioStatus = await registerPhysio(db, row.id, options.physioStatus);
  return { id: row.id, name: row.name, email: row.email, role, locale: "en", physioStatus, twoFactorEnabled };
}
