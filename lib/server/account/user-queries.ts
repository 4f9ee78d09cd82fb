import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

export type UserRow = typeof user.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.select({ id: user.id }).from(user).limit(1);
  return rows.length;
}
