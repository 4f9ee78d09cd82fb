// Which better-auth endpoints are counted, and on what. Every one of them either checks a password,
// sends an email or takes a guessable secret; each is limited per client address and, where the
// request names an account, per account. The counters live in PostgreSQL (lib/security/rate-limit.ts),
// so several app servers share them and a restart forgets nothing.
import type { Counter, RateLimitRule } from "@/lib/security/rate-limit";
import { SIGN_IN_LIMITS, accountAddressKey, rateLimitKey } from "@/lib/security/rate-limit";

const HOUR = 60 * 60;

export type GuardedPath = {
  scope: string;
  perAccount?: RateLimitRule;
  /** One account from one address; with `accountCeiling`, the account's limit from anywhere. */
  perAccountAddress?: RateLimitRule;
  accountCeiling?: RateLimitRule;
  perAddress: RateLimitRule;
  /** Tell the account's owner when its account limits first refuse (lib/security/sign-in-lock-notice.ts). */
  noticeOnLock?: boolean;
  messageKey: string;
};

export const GUARDED_AUTH_PATHS: Record<string, GuardedPath> = {
  "/sign-in/email": {
    scope: "signin",
    perAccountAddress: SIGN_IN_LIMITS.accountAddress,
    accountCeiling: SIGN_IN_LIMITS.account,
    perAddress: SIGN_IN_LIMITS.ip,
    noticeOnLock: true,
    messageKey: "errors.signInLimited",
  },
  // Sign-up answers the same for a new and a taken address, so it is no way to guess anything; its
  // per-address limit stops scripted mass sign-ups and leaves room for a clinic behind one address.
  "/sign-up/email": {
    scope: "signup",
    perAccount: { max: 5, windowSeconds: HOUR },
    perAddress: { max: 50, windowSeconds: 15 * 60 },
    messageKey: "errors.attemptsLimited",
  },
  "/request-password-reset": {
    scope: "reset",
    perAccount: { max: 3, windowSeconds: HOUR },
    perAddress: { max: 10, windowSeconds: HOUR },
    messageKey: "errors.attemptsLimited",
  },
  "/reset-password": {
    scope: "reset-token",
    perAddress: { max: 10, windowSeconds: 15 * 60 },
    messageKey: "errors.attemptsLimited",
  },
  "/send-verification-email": {
    scope: "verify",
    perAccount: { max: 3, windowSeconds: HOUR },
    perAddress: { max: 10, windowSeconds: HOUR },
    messageKey: "errors.attemptsLimited",
  },
  "/change-email": {
    scope: "change-email",
    perAddress: { max: 10, windowSeconds: HOUR },
    messageKey: "errors.attemptsLimited",
  },
  "/change-password": {
    scope: "change-password",
    perAddress: { max: 10, windowSeconds: 15 * 60 },
    messageKey: "errors.attemptsLimited",
  },
  // TOTP codes are six digits: the per-address limit, plus better-auth's own per-cookie attempt count.
  "/two-factor/verify-totp": {
    scope: "totp",
    perAddress: { max: 10, windowSeconds: 15 * 60 },
    messageKey: "errors.attemptsLimited",
  },
  "/two-factor/verify-backup-code": {
    scope: "totp",
    perAddress: { max: 10, windowSeconds: 15 * 60 },
    messageKey: "errors.attemptsLimited",
  },
};

// Invite codes: typed on the account page or opened as /invite/CODE. A wrong code costs an attempt,
// so nobody walks the code space; a physio's real link is opened once or twice.
export const INVITE_LIMITS = {
  perAddress: { max: 30, windowSeconds: 15 * 60 },
  perAccount: { max: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** The counters one attempt on a guarded path adds to: the client address, and the account when one is named. */
export function countersFor(guard: GuardedPath, source: { ip: string; email?: string }): Counter[] {
  const counters: Counter[] = [{ key: rateLimitKey(`${guard.scope}:ip`, source.ip), rule: guard.perAddress }];
  const email = source.email?.trim().toLowerCase();
  if (!email) return counters;
  const lockNotice = guard.noticeOnLock ? email : undefined;
  if (guard.perAccount) counters.push({ key: rateLimitKey(`${guard.scope}:email`, email), rule: guard.perAccount });
  if (guard.perAccountAddress)
    counters.push({ key: accountAddressKey(guard.scope, email, source.ip), rule: guard.perAccountAddress, lockNotice });
  if (guard.accountCeiling)
    counters.push({
      key: rateLimitKey(`${guard.scope}:email`, email),
      rule: guard.accountCeiling,
      ceiling: true,
      lockNotice,
    });
  return counters;
}
