// better-auth's hooks run for its HTTP endpoints and for our own auth.api calls alike, so this is the
// one place every sign-in path is counted: before the endpoint runs, so a refused attempt costs no
// password hash, and on what the request names (the account) and where it comes from (the address).
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { findPhysioStatus } from "@/lib/auth/physio-status";
import { isValidTimeZone } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { localeOf, textOf } from "@/lib/i18n/error-text";
import { claimAttempt, settleSignInSuccess, settleTwoStepSuccess } from "@/lib/security/rate-limit";
import { GUARDED_AUTH_PATHS, countersFor } from "./auth-limits";
import { clientIpOf } from "./client-address";
import { isCurrentPassword } from "@/lib/auth/current-password";
import { isLinkOutdated } from "./auth-links";
import { passwordRefusal } from "./password-check";
import { claimTotpCode, totpAccountOf } from "./totp-replay";
import { isAnotherPhysiosName } from "./display-name";
import { wasCountedAtGate } from "./early-gate";
import { noticeSignInLock } from "./sign-in-lock-notice";

type HookContext = {
  path: string;
  body?: unknown;
  query?: Record<string, unknown>;
  headers?: Headers;
  context: { newSession?: unknown };
  redirect: (url: string) => Error;
};

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length <= 254 ? email.trim().toLowerCase() : undefined;
}

const sourceOf = (ctx: HookContext) => ({ ip: clientIpOf(ctx.headers ?? new Headers()), email: emailOf(ctx.body) });

async function refuse(
  status: "TOO_MANY_REQUESTS" | "BAD_REQUEST" | "FORBIDDEN",
  code: string,
  messageKey: string,
  ctx: HookContext,
  params: Record<string, unknown> = {},
): Promise<never> {
  const message = await textOf(messageKey, localeOf({ headers: ctx.headers ?? new Headers() }), params);
  const retryAfter =
    typeof params.retryAfterSeconds === "number" ? { "Retry-After": String(params.retryAfterSeconds) } : undefined;
  throw new APIError(status, { code, message, messageKey, ...params }, retryAfter);
}

const passwordMessageKey = (code: string) =>
  code === "PASSWORD_PERSONAL"
    ? "settings.errors.passwordPersonal"
    : code === "PASSWORD_TOO_COMMON"
      ? "settings.errors.passwordCommon"
      : "settings.errors.passwordLength";

// A name is what a physio's invite page and a patient list show: one line of plain text, not a page.
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(v));
const ProfileFields = z.object({
  name: plainText(100).optional(),
  locale: z.enum(["en", "nl"]).optional(),
  timeZone: z.string().max(64).refine(isValidTimeZone).optional(),
  role: z.never().optional(),
});

// A link made before the last change of password or address: refused as better-auth refuses a bad
// one (back to the page it names, with error=INVALID_TOKEN), so the page says the link has expired.
async function refuseOutdatedLink(hook: HookContext): Promise<void> {
  const token = hook.query?.token;
  if (typeof token !== "string" || !(await isLinkOutdated(getDb(), token))) return;
  const back = hook.query?.callbackURL;
  if (typeof back === "string" && back.startsWith("/") && !back.startsWith("//"))
    throw hook.redirect(`${back}${back.includes("?") ? "&" : "?"}error=INVALID_TOKEN`);
  throw new APIError("UNAUTHORIZED", { code: "INVALID_TOKEN", message: "Invalid token" });
}

export const beforeAuthHook = createAuthMiddleware(async (ctx) => {
  const hook = ctx as unknown as HookContext;
  if (hook.path === "/verify-email") await refuseOutdatedLink(hook);
  // A new address needs the current password too (better-auth asks a session only).
  if (hook.path === "/change-email") {
    const session = await getSessionFromCtx(ctx);
    const password = (hook.body as { currentPassword?: unknown } | undefined)?.currentPassword;
    if (session && !(await isCurrentPassword(getDb(), session.user.id, password)))
      await refuse("BAD_REQUEST", "INVALID_PASSWORD", "settings.errors.currentPassword", hook, {
        field: "currentPassword",
      });
  }
  if (hook.path === "/update-user" || hook.path === "/sign-up/email") {
    const parsed = ProfileFields.safeParse(hook.body ?? {});
    if (!parsed.success)
      await refuse("BAD_REQUEST", "INVALID_INPUT", "errors.invalidInput", hook, {
        fields: parsed.error.issues.map((i) => String(i.path[0])),
      });
    const name = parsed.data?.name;
    if (name) {
      const session = hook.path === "/update-user" ? await getSessionFromCtx(ctx) : null;
      if (await isAnotherPhysiosName(getDb(), name, session?.user.id))
        await refuse("BAD_REQUEST", "INVALID_INPUT", "errors.nameTaken", hook, { field: "name" });
    }
  }
  // An approved physio keeps two-step sign-in (lib/auth/permissions.ts): better-auth's own endpoint too.
  if (hook.path === "/two-factor/disable") {
    const session = await getSessionFromCtx(ctx);
    if (session && (await findPhysioStatus(getDb(), session.user.id)) === "approved")
      await refuse("FORBIDDEN", "FORBIDDEN", "twoFactor.errors.requiredForPhysios", hook);
  }
  if (hook.path === "/two-factor/verify-totp") {
    const session = await getSessionFromCtx(ctx);
    const userId = await totpAccountOf(getDb(), ctx as never, session?.user.id);
    const code = (hook.body as { code?: unknown } | undefined)?.code;
    if (userId && !(await claimTotpCode(getDb(), userId, code)))
      await refuse("BAD_REQUEST", "CODE_USED", "twoFactor.errors.codeUsed", hook, { field: "code" });
  }
  if (hook.path === "/sign-up/email" || hook.path === "/change-password" || hook.path === "/reset-password") {
    const session = hook.path === "/change-password" ? await getSessionFromCtx(ctx) : null;
    const code = await passwordRefusal(getDb(), hook, session?.user.id);
    if (code) await refuse("BAD_REQUEST", code, passwordMessageKey(code), hook, { field: "password", min: 12 });
  }
  const guard = GUARDED_AUTH_PATHS[hook.path];
  if (!guard || wasCountedAtGate(hook.headers)) return;
  try {
    await claimAttempt(getDb(), countersFor(guard, sourceOf(hook)), guard.messageKey, undefined, (account) => {
      void noticeSignInLock(getDb(), account);
    });
  } catch (error) {
    if (isAppError(error) && error.code === "TOO_MANY_REQUESTS")
      await refuse("TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS", error.messageKey, hook, error.details);
    throw error;
  }
});

export const afterAuthHook = createAuthMiddleware(async (ctx) => {
  const hook = ctx as unknown as HookContext;
  if (!hook.context.newSession) return;
  if (hook.path === "/two-factor/verify-totp" || hook.path === "/two-factor/verify-backup-code")
    return settleTwoStepSuccess(getDb(), clientIpOf(hook.headers ?? new Headers()));
  if (hook.path !== "/sign-in/email") return;
  const email = emailOf(hook.body);
  if (email) await settleSignInSuccess(getDb(), { email, ip: clientIpOf(hook.headers ?? new Headers()) });
});
