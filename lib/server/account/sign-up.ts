// Create a runner account through better-auth (password hashing, session cookie), then store the
// locale and time zone the runner signed up with. Roles are never taken from the request.
import "server-only";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import type { Db } from "@/lib/db/client";
import { isValidTimeZone, DEFAULT_TIME_ZONE } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { and, eq } from "drizzle-orm";
import { passwordProblem } from "@/lib/auth/password-policy";
import { NameField } from "@/lib/auth/user-fields";
import { user } from "@/lib/db/schema";
import { mapPasswordCode, passwordError } from "./auth-errors";
import { invalidInput } from "@/lib/validation/invalid-input";

const SignUpInput = z.object({
  name: NameField,
  email: z.email().max(254),
  password: z.string().max(128),
  locale: z.enum(["en", "nl"]),
  timeZone: z.string().max(64).refine(isValidTimeZone).catch(DEFAULT_TIME_ZONE),
});

const SignInInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(128) });

function errorCodeOf(error: unknown): string {
  const e = error as { body?: { code?: string }; status?: string | number };
  return String(e?.body?.code ?? "");
}

// The limiter in better-auth's hooks (lib/security/auth-hooks.ts) refuses with the wait in its body.
// It also refuses a field (a name another physio uses) with the message key and the field.
export function limitedError(error: unknown): AppError | undefined {
  const body = (
    error as {
      body?: { code?: string; messageKey?: string; minutes?: number; retryAfterSeconds?: number; field?: string };
    }
  )?.body;
  if (body?.code === "INVALID_INPUT" && body.messageKey)
    return new AppError("INVALID_INPUT", body.messageKey, body.field ? { field: body.field } : {});
  if (body?.code !== "TOO_MANY_REQUESTS") return undefined;
  return new AppError("TOO_MANY_REQUESTS", body.messageKey ?? "errors.tooManyAttempts", {
    minutes: body.minutes ?? 1,
    retryAfterSeconds: body.retryAfterSeconds ?? 60,
    rateLimited: "true",
  });
}

export type SignUpResult = { userId: string | undefined };

export function parseSignUp(input: unknown, role: "runner" | "physio" = "runner") {
  const parsed = SignUpInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "form");
    if (field === "name" && issue?.message.startsWith("errors."))
      throw new AppError("INVALID_INPUT", `settings.${issue.message}`, { field });
    throw invalidInput(parsed.error);
  }
  const problem = passwordProblem(parsed.data.password, { email: parsed.data.email, name: parsed.data.name, role });
  if (problem) throw passwordError("password", problem);
  return parsed.data;
}

// Sign-up answers the same for a new and a taken address: "check your email". A new account gets a
// verification link (which confirms the address, and signs nobody in); the owner of a taken address gets a notice instead.
// `userId` is set only when an account was really created (the caller never shows it).
export async function signUp(
  db: Db,
  input: unknown,
  headers: Headers,
  options: { callbackPath?: string } = {},
): Promise<SignUpResult> {
  const { name, email, password, locale, timeZone } = parseSignUp(input);
  const address = email.toLowerCase();
  try {
    const result = await getAuth().api.signUpEmail({
      body: {
        name,
        email: address,
        password,
        locale,
        timeZone,
        // The link confirms the address, then the person signs in and goes on where they meant to.
        callbackURL: `/${locale}/signin?confirmed=1&next=${encodeURIComponent(options.callbackPath ?? `/${locale}/onboarding`)}`,
      },
      headers,
    });
    // For a taken address better-auth answers with a made-up user: only a real row counts.
    const [row] = await db
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.id, result.user.id), eq(user.email, address)));
    return { userId: row?.id };
  } catch (error) {
    const code = errorCodeOf(error);
    const limited = limitedError(error);
    if (limited) throw limited;
    const mapped = mapPasswordCode(error, "password");
    if (mapped) throw mapped;
    if (code === "INVALID_EMAIL") throw new AppError("INVALID_INPUT", "errors.invalidEmail", { field: "email" });
    throw error;
  }
}

// Attempts are counted per email and per address before the password is checked (better-auth's
// before-hook, lib/security/auth-hooks.ts, the same count as its HTTP endpoint); past the limit the
// form says how many minutes to wait.
/** `twoFactor`: the password was right and the account asks a code from the app next (lib/server/account/two-factor.ts). */
export async function signIn(input: unknown, headers: Headers): Promise<{ twoFactor: boolean }> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "errors.invalidCredentials", { fields: ["email", "password"] });
  const email = parsed.data.email.toLowerCase();
  try {
    const result = await getAuth().api.signInEmail({ body: { email, password: parsed.data.password }, headers });
    return { twoFactor: Boolean((result as { twoFactorRedirect?: boolean }).twoFactorRedirect) };
  } catch (error) {
    const code = errorCodeOf(error);
    const limited = limitedError(error);
    if (limited) throw limited;
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "INVALID_EMAIL" || code === "INVALID_PASSWORD") {
      throw new AppError("UNAUTHORIZED", "errors.invalidCredentials", { fields: ["email", "password"] });
    }
    throw error;
  }
}
