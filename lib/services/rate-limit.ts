// Fixed-window counters in PostgreSQL, so every app server shares them: one atomic upsert per hit
// counts the attempt and starts a new window once the old one is over. Sign-in uses two of them:
// per email (guessing one account's password) and per IP (trying many accounts).
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type RateLimitRule = { max: number; windowSeconds: number };
export type RateLimitHit = { count: number; resetAt: Date; allowed: boolean; retryAfterSeconds: number };

export const SIGN_IN_LIMITS = {
  email: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 20, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

// Keys are hashed: the table then holds no email address or IP in the clear.
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${createHash("sha256").update(value.trim().toLowerCase()).digest("base64url")}`;
}

export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitHit> {
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
  return { count, resetAt, allowed: count <= rule.max, retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)) };
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

// Gives back one attempt (a successful sign-in should not use up a shared IP's allowance).
export async function refundRateLimit(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export type SignInSource = { email: string; ip: string };

// Counted before the password is checked, so brute force past the limit costs no hashing at all.
export async function claimSignInAttempt(db: Db, source: SignInSource, now: Date = new Date()): Promise<void> {
  const byEmail = await hitRateLimit(db, rateLimitKey("signin:email", source.email), SIGN_IN_LIMITS.email, now);
  const byIp = await hitRateLimit(db, rateLimitKey("signin:ip", source.ip), SIGN_IN_LIMITS.ip, now);
  const refused = [byEmail, byIp].filter((hit) => !hit.allowed);
  if (refused.length > 0) {
    const retryAfterSeconds = Math.max(...refused.map((hit) => hit.retryAfterSeconds));
    throw new AppError("TOO_MANY_REQUESTS", "errors.signInLimited", { minutes: Math.ceil(retryAfterSeconds / 60), retryAfterSeconds, rateLimited: "true" });
  }
}

// After a successful sign-in only failures keep counting: the email starts afresh, the IP gets its attempt back.
export async function settleSignInSuccess(db: Db, source: SignInSource): Promise<void> {
  await clearRateLimit(db, rateLimitKey("signin:email", source.email));
  await refundRateLimit(db, rateLimitKey("signin:ip", source.ip));
}

// The client's address as the nearest proxy saw it: x-real-ip, else the last x-forwarded-for hop
// (the first ones are whatever the client wrote), else "local" when the app is reached directly.
export function clientIpOf(headers: Headers): string {
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 64);
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1)?.slice(0, 64) ?? "local";
}
