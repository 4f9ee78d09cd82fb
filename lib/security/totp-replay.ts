// A two-step code works once (RFC 6238 §5.2): before better-auth checks a code, the account and the
// code are counted together in `rate_limits` for as long as a code can be valid (its 30-second period
// and one on either side); a second use in that time is refused, right code or not.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { verification } from "@/lib/db/schema";
import { hitRateLimit, rateLimitKey } from "@/lib/security/rate-limit";

const CODE_LIFETIME_SECONDS = 3 * 30;

type TotpContext = {
  body?: unknown;
  getSignedCookie: (name: string, secret: string) => Promise<string | null | false | undefined>;
  context: { secret: string; createAuthCookie: (name: string) => { name: string } };
};

/** The account a code is for: the signed-in one, or the one whose sign-in challenge cookie came along. */
export async function totpAccountOf(db: Db, ctx: TotpContext, sessionUserId: string | undefined) {
  if (sessionUserId) return sessionUserId;
  const challenge = await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret);
  if (!challenge) return undefined;
  const [row] = await db
    .select({ userId: verification.value })
    .from(verification)
    .where(eq(verification.identifier, challenge));
  return row?.userId;
}

/** False when this account used this code within its lifetime already. */
export async function claimTotpCode(db: Db, userId: string, code: unknown): Promise<boolean> {
  if (typeof code !== "string" || code.length > 12) return true; // better-auth refuses it on its own
  const hit = await hitRateLimit(db, rateLimitKey("totp-used", `${userId}:${code.trim()}`), {
    max: 1,
    windowSeconds: CODE_LIFETIME_SECONDS,
  });
  return hit.allowed;
}
