// Invite codes can be tried on the invite page (/invite/CODE), the account page's code field and the
// accept action. Wrong codes are counted per client address and per signed-in account; past the
// limit every code is refused for a while, a real one too, so guessing gains nothing.
import type { Db } from "@/lib/db/client";
import { assertUnderLimit, claimAttempt, rateLimitKey, type Counter } from "@/lib/security/rate-limit";
import { INVITE_LIMITS } from "./auth-limits";

export type InviteGuessSource = { ip: string; userId?: string };

function counters(source: InviteGuessSource): Counter[] {
  return [
    { key: rateLimitKey("invite:ip", source.ip), rule: INVITE_LIMITS.perAddress },
    ...(source.userId ? [{ key: rateLimitKey("invite:user", source.userId), rule: INVITE_LIMITS.perAccount }] : []),
  ];
}

export async function assertInviteGuessesLeft(db: Db, source: InviteGuessSource, now?: Date): Promise<void> {
  await assertUnderLimit(db, counters(source), "errors.inviteLimited", now);
}

// Counts a wrong code; never throws for being over (the caller already answers "not found").
export async function countInviteMiss(db: Db, source: InviteGuessSource, now?: Date): Promise<void> {
  await claimAttempt(db, counters(source), "errors.inviteLimited", now).catch((error: unknown) => {
    if ((error as { code?: string })?.code !== "TOO_MANY_REQUESTS") throw error;
  });
}
