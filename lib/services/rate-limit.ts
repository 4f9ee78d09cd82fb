// Fixed-window counters in PostgreSQL, so every app server shares them: one atomic upsert per hit
// counts the attempt and starts a new window once the old one is over. Sign-in uses two of them:
// per email (guessing one account's password) and per IP (trying many accounts).
import { createHmac } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type RateLimitRule = { max: number; windowSeconds: number };
export type RateLimitHit = { count: number; resetAt: Date; allowed: boolean; retryAfterSeconds: number };

export const SIGN_IN_LIMITS = {
  email: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 20, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

// Keys are HMACs with the app's secret (BETTER_AUTH_SECRET, the one better-auth signs with): the
// table holds no email address or IP in the clear, and a copy of it alone cannot be matched against
// a list of addresses by hashing them.
function keySecret(): string {
  const value = process.env.BETTER_AUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === "production") throw new Error("BETTER_AUTH_SECRET is not set");
  return "development-only-secret-development-only-secret";
}

export function rateLimitKey(scope: string, value: string): string {
  const secret = keySecret();
  return `${scope}:${createHmac("sha256", secret).update(value.trim().toLowerCase()).digest("base64url")}`;
}

export async function hitRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitHit> {
  const nextReset = new Date(now.getTime() + rule.windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, resetAt: nextReset })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then ${nextReset.toISOString()}::timestamptz else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt });
  const { count, resetAt } = row!;
  return {
    count,
    resetAt,
    allowed: count <= rule.max,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  };
}

async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

// Gives back one attempt (a successful sign-in should not use up a shared IP's allowance).
async function refundRateLimit(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export type SignInSource = { email: string; ip: string };

export type Counter = { key: string; rule: RateLimitRule };

// Counts one attempt on every counter in a single statement (one round trip, rows locked in key
// order so two requests never wait on each other crosswise) and refuses when any is over its limit.
export async function claimAttempt(
  db: Db,
  counters: Counter[],
  messageKey: string,
  now: Date = new Date(),
): Promise<void> {
  const sorted = [...new Map(counters.map((c) => [c.key, c])).values()].sort((a, b) => a.key.localeCompare(b.key));
  if (sorted.length === 0) return;
  const rows = await db
    .insert(rateLimits)
    .values(
      sorted.map((c) => ({ key: c.key, count: 1, resetAt: new Date(now.getTime() + c.rule.windowSeconds * 1000) })),
    )
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ key: rateLimits.key, count: rateLimits.count, resetAt: rateLimits.resetAt });
  const refusedWaits = rows.flatMap((row) => {
    const rule = sorted.find((c) => c.key === row.key)!.rule;
    return row.count > rule.max ? [Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000))] : [];
  });
  if (refusedWaits.length > 0) {
    const retryAfterSeconds = Math.max(...refusedWaits);
    throw new AppError("TOO_MANY_REQUESTS", messageKey, {
      minutes: Math.ceil(retryAfterSeconds / 60),
      retryAfterSeconds,
      rateLimited: "true",
    });
  }
}

// Looks without counting: for limits that count only failures (a wrong invite code), a request is
// refused while the failures are over the limit, whether this one would fail or not.
export async function assertUnderLimit(
  db: Db,
  counters: Counter[],
  messageKey: string,
  now: Date = new Date(),
): Promise<void> {
  if (counters.length === 0) return;
  const rows = await db
    .select()
    .from(rateLimits)
    .where(
      inArray(
        rateLimits.key,
        counters.map((c) => c.key),
      ),
    );
  const waits = rows.flatMap((row) => {
    const rule = counters.find((c) => c.key === row.key)!.rule;
    return row.resetAt.getTime() > now.getTime() && row.count >= rule.max
      ? [Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000))]
      : [];
  });
  if (waits.length > 0) {
    const retryAfterSeconds = Math.max(...waits);
    throw new AppError("TOO_MANY_REQUESTS", messageKey, {
      minutes: Math.ceil(retryAfterSeconds / 60),
      retryAfterSeconds,
      rateLimited: "true",
    });
  }
}

// After a successful sign-in only failures keep counting: the email starts afresh, the IP gets its attempt back.
export async function settleSignInSuccess(db: Db, source: SignInSource): Promise<void> {
  await clearRateLimit(db, rateLimitKey("signin:email", source.email));
  await refundRateLimit(db, rateLimitKey("signin:ip", source.ip));
}
