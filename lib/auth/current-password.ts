// The current password, asked again before a change that could hand the account to someone else
// (address, deletion): a session alone, on a borrowed laptop or from a stolen cookie, is not enough.
import { and, eq } from "drizzle-orm";
import { verifyPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import { account } from "@/lib/db/schema";
import { MAX_PASSWORD_LENGTH } from "./password-length";

export async function isCurrentPassword(db: Db, userId: string, password: unknown): Promise<boolean> {
  if (typeof password !== "string" || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) return false;
  const [row] = await db
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")));
  return row?.hash ? verifyPassword({ hash: row.hash, password }) : false;
}
