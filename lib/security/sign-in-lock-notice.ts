// When someone's wrong passwords lock an account's sign-in (from one address, or the account's ceiling
// from anywhere), its owner hears about it by email: through the job queue like every notification,
// at most once per account per period, however often the lock is set off again. Called after the
// refusal was answered, so whether an address has an account never changes how fast it is refused.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { errorCodeOf, logger } from "@/lib/log/logger";
import { hitRateLimit, rateLimitKey, type RateLimitRule } from "@/lib/security/rate-limit";

export const LOCK_NOTICE_PERIOD: RateLimitRule = { max: 1, windowSeconds: 24 * 60 * 60 };

export async function noticeSignInLock(db: Db, email: string, now: Date = new Date()): Promise<void> {
  try {
    const found = await db.execute<{ id: string }>(
      sql`select id from "user" where lower(email) = ${email.trim().toLowerCase()} limit 1`,
    );
    const userId = found.rows[0]?.id;
    if (!userId) return;
    // The period's claim and the job commit together: a notice is never claimed without being queued.
    await db.transaction(async (tx) => {
      const claim = await hitRateLimit(tx, rateLimitKey("signin-notice", userId), LOCK_NOTICE_PERIOD, now);
      if (claim.allowed) await enqueue(db, NOTIFY_QUEUE, { userId, kind: "sign_in_locked" }, { tx });
    });
  } catch (error) {
    logger.warn({ code: errorCodeOf(error) }, "sign-in lock notice not queued");
  }
}
