// One sign-in attempt counted exactly as better-auth's before-hook counts it (lib/security/auth-hooks.ts),
// without an HTTP request: the same guarded path, the same counters, the same refusal.
import type { Db } from "@/lib/db/client";
import { GUARDED_AUTH_PATHS, countersFor } from "@/lib/security/auth-limits";
import { claimAttempt } from "@/lib/security/rate-limit";

const signIn = GUARDED_AUTH_PATHS["/sign-in/email"]!;

export function claimSignInAttempt(
  db: Db,
  source: { email: string; ip: string },
  now: Date = new Date(),
  onLock?: (account: string) => void,
) {
  return claimAttempt(db, countersFor(signIn, source), signIn.messageKey, now, onLock);
}
