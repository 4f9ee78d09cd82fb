// Address links are better-auth's signed tokens (JWT), not rows, so they cannot be deleted when the
// password or the address changes; instead a link dated (to the second) at or before the account's
// last change is refused. Reset links are rows, deleted by the same change (migration 0007).
import { eq, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

type LinkClaims = { iat?: unknown; userId?: unknown; email?: unknown };

function claimsOf(token: string): LinkClaims | undefined {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as LinkClaims;
  } catch {
    return undefined;
  }
}

/** True when the account the link names changed its password or address at or after the link was made. */
export async function isLinkOutdated(db: Db, token: string): Promise<boolean> {
  const claims = claimsOf(token);
  const issuedAt = claims?.iat;
  if (!claims || typeof issuedAt !== "number") return false; // better-auth refuses it on its own
  const byId = typeof claims.userId === "string" ? eq(user.id, claims.userId) : undefined;
  const byEmail = typeof claims.email === "string" ? eq(user.email, claims.email.toLowerCase()) : undefined;
  const where = byId && byEmail ? or(byId, byEmail) : (byId ?? byEmail);
  if (!where) return false;
  const rows = await db.select({ changedAt: user.credentialsChangedAt }).from(user).where(where);
  return rows.some((r) => r.changedAt !== null && issuedAt <= Math.floor(r.changedAt.getTime() / 1000));
}
