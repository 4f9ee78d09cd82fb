// Create a runner account through better-auth (password hashing, session cookie), then store the
// locale and time zone the runner signed up with. Roles are never taken from the request.
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import type { Db } from "@/lib/db/client";
import { isValidTimeZone } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { invalidInput } from "./invalid-input";

export const SignUpInput = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  password: z.string().min(8).max(128),
  locale: z.enum(["en", "nl"]),
  timeZone: z.string().max(64).refine(isValidTimeZone).catch("Europe/Amsterdam"),
});

export const SignInInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(128) });

function errorCodeOf(error: unknown): string {
  const e = error as { body?: { code?: string }; status?: string | number };
  return String(e?.body?.code ?? "");
}

// The limiter in better-auth's hooks (lib/security/auth-hooks.ts) refuses with the wait in its body.
function limitedError(error: unknown): AppError | undefined {
  const body = (error as { body?: { code?: string; messageKey?: string; minutes?: number; retryAfterSeconds?: number } })?.body;
  if (body?.code !== "TOO_MANY_REQUESTS") return undefined;
  return new AppError("TOO_MANY_REQUESTS", body.messageKey ?? "errors.tooManyAttempts", { minutes: body.minutes ?? 1, retryAfterSeconds: body.retryAfterSeconds ?? 60, rateLimited: "true" });
}

export async function signUp(_db: Db, input: unknown, headers: Headers) {
  const parsed = SignUpInput.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { name, email, password, locale, timeZone } = parsed.data;
  try {
    const result = await getAuth().api.signUpEmail({ body: { name, email: email.toLowerCase(), password, locale, timeZone }, headers });
    return { userId: result.user.id };
  } catch (error) {
    const code = errorCodeOf(error);
    const limited = limitedError(error);
    if (limited) throw limited;
    if (code.startsWith("USER_ALREADY_EXISTS")) throw new AppError("CONFLICT", "errors.emailTaken", { field: "email" });
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") throw new AppError("INVALID_INPUT", "errors.passwordLength", { field: "password" });
    if (code === "INVALID_EMAIL") throw new AppError("INVALID_INPUT", "errors.invalidEmail", { field: "email" });
    throw error;
  }
}

// Attempts are counted per email and per address before the password is checked (better-auth's
// before-hook, lib/security/auth-hooks.ts, the same count as its HTTP endpoint); past the limit the
// form says how many minutes to wait.
export async function signIn(input: unknown, headers: Headers) {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidCredentials", { fields: ["email", "password"] });
  const email = parsed.data.email.toLowerCase();
  try {
    await getAuth().api.signInEmail({ body: { email, password: parsed.data.password }, headers });
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
