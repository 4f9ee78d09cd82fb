// better-auth on our PostgreSQL: email + password, sessions in httpOnly cookies. Created on first
// use so `next build` never touches the database.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { twoFactor as twoFactorPlugin } from "better-auth/plugins";
import { APIError } from "better-auth/api";
import { hashPassword } from "better-auth/crypto";
import { getDb } from "@/lib/db/client";
import { account, session, twoFactor, user, verification } from "@/lib/db/schema";
import {
  RESET_MINUTES,
  sendChangeEmailMail,
  sendExistingAccountMail,
  sendResetMail,
  sendVerificationMail,
  VERIFY_HOURS,
} from "@/lib/mail/auth-mails";
import { logError } from "@/lib/log/logger";
import { appBaseUrl } from "@/lib/mail/config";
import { mailLocaleOf } from "@/lib/mail/texts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";
import { isNameLocked } from "./physio-lock";
import { userFieldProblem } from "./user-fields";
import { afterAuthHook, beforeAuthHook } from "@/lib/security/auth-hooks";
import { changedAddressNotice, changedPasswordNotice, noticeChange } from "@/lib/security/change-notice";
import { CLIENT_IP_HEADER } from "@/lib/security/client-address";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

function trustedOrigins(): string[] {
  const port = process.env.PORT ?? "3000";
  const configured = (process.env.BETTER_AUTH_URL ?? "").split(",").filter(Boolean);
  return [...configured, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

function createAuth() {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") {
    throw new Error(
      "BETTER_AUTH_SECRET is not set (npm start sets one for the embedded database; set your own in production).",
    );
  }
  const baseURL = process.env.BETTER_AUTH_URL?.split(",")[0] ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return betterAuth({
    secret: secret ?? "development-only-secret-development-only-secret",
    baseURL,
    trustedOrigins: trustedOrigins(),
    database: drizzleAdapter(getDb(), { provider: "pg", schema: { user, session, account, verification, twoFactor } }),
    // --- h11a: email and password (reset by email, password policy, no account enumeration) ---
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // Sign-up never signs in: a new and an existing address then get the same answer ("check your
      // email"); the password works at once, the confirmation link only confirms the address.
      autoSignIn: false,
      onExistingUserSignUp: async ({ user: existing }) => {
        inBackground(sendExistingAccountMail({ to: recipientOf(existing) }));
      },
      // Every password passes here (sign-up, reset, change): the one place the policy cannot be skipped.
      password: {
        hash: async (password) => {
          const problem = passwordProblem(password);
          if (problem)
            throw APIError.from("BAD_REQUEST", {
              code: problem === "common" ? "PASSWORD_TOO_COMMON" : "PASSWORD_TOO_SHORT",
              message: "Password not allowed",
            });
          return hashPassword(password);
        },
      },
      resetPasswordTokenExpiresIn: RESET_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      // Our own page takes the token (no redirect through /api/auth); better-auth uses it once.
      sendResetPassword: async ({ user: target, token }) => {
        const to = recipientOf(target);
        inBackground(
          sendResetMail({ to, url: `${appBaseUrl()}/${to.locale}/reset-password?token=${encodeURIComponent(token)}` }),
        );
      },
    },
    // --- h11a: email verification (also used for a new address on change of email) ---
    emailVerification: {
      sendOnSignUp: true,
      // A link confirms an address and nothing more: it never signs in, so it can never stand in for
      // the password or the second step (and an account made with someone else's address by a
      // stranger does not sign its owner in to it).
      autoSignInAfterVerification: false,
      expiresIn: VERIFY_HOURS * 60 * 60,
      sendVerificationEmail: async ({ user: target, url, token }) => {
        // On a change of email, better-auth passes the new address as `user.email`.
        const to = recipientOf(target);
        inBackground((isEmailChange(token) ? sendChangeEmailMail : sendVerificationMail)({ to, url }));
      },
    },
    // --- h11a: user fields are checked on every write, whichever endpoint makes it ---
    databaseHooks: {
      // The address before a change of address or password hears of it, with a link to undo it.
      account: {
        update: {
          after: async (updated, context) => {
            const notice = await changedPasswordNotice(getDb(), updated, context);
            if (notice) inBackground(noticeChange(getDb(), notice));
          },
        },
      },
      user: {
        create: {
          before: async (data) => {
            const problem = userFieldProblem(data);
            if (problem) throw APIError.from("BAD_REQUEST", { code: "INVALID_USER_FIELD", message: problem });
          },
        },
        update: {
          after: async (updated, context) => {
            const notice = changedAddressNotice(updated, context);
            if (notice) inBackground(noticeChange(getDb(), notice));
          },
          before: async (data, context) => {
            const problem = userFieldProblem(data);
            if (problem) throw APIError.from("BAD_REQUEST", { code: "INVALID_USER_FIELD", message: problem });
            const userId = (context as { context?: { session?: { user?: { id?: string } } } } | null)?.context?.session
              ?.user?.id;
            const currentName = (context as { context?: { session?: { user?: { name?: string } } } } | null)?.context
              ?.session?.user?.name;
            if (
              data.name !== undefined &&
              data.name !== currentName &&
              userId &&
              (await isNameLocked(getDb(), userId))
            ) {
              throw APIError.from("FORBIDDEN", { code: "NAME_LOCKED", message: "errors.physioNameLocked" });
            }
          },
        },
      },
    },
    user: {
      // --- h11a: change of email, verified at the new address before it is used ---
      changeEmail: { enabled: true },
      additionalFields: {
        // Roles are never taken from a request: sign-up makes a runner; physio accounts are set server-side.
        role: { type: "string", required: false, defaultValue: "runner", input: false },
        // Locale and time zone are harmless preferences, taken at sign-up so the session has them at once.
        locale: { type: "string", required: false, defaultValue: "en", input: true },
        timeZone: { type: "string", required: false, defaultValue: DEFAULT_TIME_ZONE, input: true },
      },
    },
    // No cookie cache: a role or a deleted account must take effect on the very next request.
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Security (lib/security): better-auth's own limiter keeps its counts in one process's memory, so
    // it is off; the hooks count every sign-in path (HTTP and auth.api alike) in PostgreSQL instead.
    rateLimit: { enabled: false },
    hooks: { before: beforeAuthHook, after: afterAuthHook },
    advanced: {
      // Secure cookies wherever the app is served over https (production); plain http only locally.
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Security: the address our server (lib/runtime/serve.ts) took from the socket or a trusted proxy.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [
      // Optional TOTP two-factor sign-in (offered to physios on the account page): a code from the app
      // confirms it before it is on; five wrong codes lock the second step for 15 minutes.
      twoFactorPlugin({
        issuer: "Comeback",
        skipVerificationOnEnable: false,
        backupCodeOptions: { amount: 8, length: 10 },
        accountLockout: { enabled: true, maxFailedAttempts: 5, durationSeconds: 15 * 60 },
      }),
      nextCookies(),
    ],
  });
}

// Auth mails go out after the answer: a request for an address with an account then takes as long as
// one without (no enumeration by timing). A failed send is logged with its code only.
function inBackground(sending: Promise<unknown>): void {
  void sending.catch((error: unknown) => logError("mail", error, undefined));
}

type MailUser = { email: string; name?: string | null; locale?: unknown };
const recipientOf = (target: MailUser) => ({
  email: target.email,
  name: target.name ?? undefined,
  locale: mailLocaleOf(target.locale),
});

// better-auth's verification token is a JWT; a change of email carries the new address in it.
function isEmailChange(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      updateTo?: string;
      requestType?: string;
    };
    return Boolean(payload.updateTo) || payload.requestType === "change-email-verification";
  } catch {
    return false;
  }
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as typeof globalThis & { __comebackAuth?: Auth };

export function getAuth(): Auth {
  return (holder.__comebackAuth ??= createAuth());
}
