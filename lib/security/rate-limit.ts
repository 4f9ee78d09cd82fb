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

// Sign-in is counted three ways. Per account AND address: the owner's typos, or someone guessing
// from one place, stop after 5; a stranger elsewhere cannot lock the owner out with them. Per account
// from anywhere: a slower, larger ceiling that still stops guessing spread over many addresses; only
// attempts that got past the other two count toward it, and a success gives its attempt back. Per
// address: one place trying many accounts.
export const SIGN_IN_LIMITS = {
  accountAddress: { max: 5, windowSeconds: 15 * 60 },
  account: { max: 50, windowSeconds: 60 * 60 },
  ip: { max: 20, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** The key of one account tried from one address. */
export const accountAddressKey = (scope: string, email: string, ip: string) =>
  rateLimitKey(`${scope}:pair`, `${email.trim().toLowerCase()}\n${ip}`);

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

/** `ceiling`: counted only when every other counter of the attempt allows it. `lockNotice`: the account
 * to tell (lib/security/sign-in-lock-notice.ts) when this counter first refuses in its window. */
export type Counter = { key: string; rule: RateLimitRule; ceiling?: boolean; lockNotice?: string };

type CounterRow = { key: string; count: number; resetAt: Date };
export type CounterVerdict = { waits: number[]; locked: string[] };

/** What counted rows say: the seconds to wait for each refusing counter, and the accounts that just locked. */
export function judgeCounters(counters: Counter[], rows: CounterRow[], now: Date): CounterVerdict {
  const verdict: CounterVerdict = { waits: [], locked: [] };
  for (const row of rows) {
    const counter = counters.find((c) => c.key === row.key)!;
    if (row.count <= counter.rule.max) continue;
    verdict.waits.push(Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)));
    if (counter.lockNotice && row.count === counter.rule.max + 1) verdict.locked.push(counter.lockNotice);
  }
  return verdict;
}

/** The counters in the order they are counted: every ordinary one first, the ceilings only after. */
export function countingStages(counters: Counter[]): Counter[][] {
  const unique = [...new Map(counters.map((c) => [c.key, c])).values()].sort((a, b) => a.key.localeCompare(b.key));
  return [unique.filter((c) => !c.ceiling), unique.filter((c) => c.ceiling)].filter((stage) => stage.length > 0);
}

// Counts one attempt on every counter in a single statement per stage (one round trip, rows locked in
// key order so two requests never wait on each other crosswise) and refuses when any is over its limit.
export async function claimAttempt(
  db: Db,
  counters: Counter[],
  messageKey: string,
  now: Date = new Date(),
  onLock?: (account: string) => void,
): Promise<void> {
  for (const stage of countingStages(counters)) {
    const rows = await db
      .insert(rateLimits)
      .values(
        stage.map((c) => ({ key: c.key, count: 1, resetAt: new Date(now.getTime() + c.rule.windowSeconds * 1000) })),
      )
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
          resetAt: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then excluded.reset_at else ${rateLimits.resetAt} end`,
        },
      })
      .returning({ key: rateLimits.key, count: rateLimits.count, resetAt: rateLimits.resetAt });
    const { waits, locked } = judgeCounters(stage, rows, now);
    for (const account of locked) onLock?.(account);
    if (waits.length > 0) {
      const retryAfterSeconds = Math.max(...waits);
      throw new AppError("TOO_MANY_REQUESTS", messageKey, {
        minutes: Math.ceil(retryAfterSeconds / 60),
        retryAfterSeconds,
        rateLimited: "true",
      });
    }
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

// After a successful sign-in only failures keep counting: the account starts afresh at this address,
// the account's ceiling and the address get their attempt back.
export async function settleSignInSuccess(db: Db, source: SignInSource): Promise<void> {
  await clearRateLimit(db, accountAddressKey("signin", source.email, source.ip));
  await refundRateLimit(db, rateLimitKey("signin:email", source.email));
  await refundRateLimit(db, rateLimitKey("signin:ip", source.ip));
}

/** A right two-step code gives its attempt back to the address: the limit is on guessing, and a
 * place where many people sign in (a practice, a shared network) must not run out of right codes. */
export async function settleTwoStepSuccess(db: Db, ip: string): Promise<void> {
  await refundRateLimit(db, rateLimitKey("totp:ip", ip));
}
