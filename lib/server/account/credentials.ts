// Password reset, change of password and change of email, through better-auth (tokens, hashing,
// sessions) with our own checks first, so a form gets a clear message in the user's language.
import "server-only";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { authErrorCode, mapPasswordCode, passwordError } from "./auth-errors";
import { limitedError } from "./sign-up";

const Email = z.email().max(254);

function checkPassword(password: unknown, field: string): string {
  if (typeof password !== "string") throw passwordError(field, "length");
  const problem = passwordProblem(password);
  if (problem) throw passwordError(field, problem);
  return password;
}

// Always the same answer, whether or not the address has an account (no enumeration).
export async function requestPasswordReset(
  input: { email: unknown; locale: "en" | "nl" },
  headers: Headers,
): Promise<void> {
  const parsed = Email.safeParse(typeof input.email === "string" ? input.email.trim() : input.email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidEmail", { field: "email" });
  await getAuth().api.requestPasswordReset({ body: { email: parsed.data.toLowerCase() }, headers });
}

// Single use, 30 minutes (lib/auth/auth.ts); every session of the account ends with it.
export async function resetPassword(input: { token: unknown; password: unknown }): Promise<void> {
  const password = checkPassword(input.password, "password");
  if (typeof input.token !== "string" || input.token.length < 10 || input.token.length > 200)
    throw new AppError("INVALID_INPUT", "settings.errors.resetLinkInvalid");
  try {
    await getAuth().api.resetPassword({ body: { token: input.token, newPassword: password } });
  } catch (error) {
    const mapped = mapPasswordCode(error, "password");
    if (mapped) throw mapped;
    if (authErrorCode(error) === "INVALID_TOKEN")
      throw new AppError("INVALID_INPUT", "settings.errors.resetLinkInvalid");
    throw error;
  }
}

// Needs the current password; the other devices are signed out, this one stays signed in.
export async function changePassword(input: { current: unknown; password: unknown }, headers: Headers): Promise<void> {
  if (typeof input.current !== "string" || input.current.length === 0 || input.current.length > 128)
    throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "current" });
  const password = checkPassword(input.password, "password");
  try {
    await getAuth().api.changePassword({
      body: { currentPassword: input.current, newPassword: password, revokeOtherSessions: true },
      headers,
    });
  } catch (error) {
    const mapped = mapPasswordCode(error, "password");
    if (mapped) throw mapped;
    if (authErrorCode(error) === "INVALID_PASSWORD")
      throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "current" });
    throw error;
  }
}

// The new address is used only once the link sent to it is opened, and only with the current
// password (checked in lib/security/auth-hooks.ts, for this form and the HTTP endpoint alike). A taken
// address gets the same answer (better-auth then sends nothing), so this form reveals no account either.
export async function changeEmail(
  caller: SessionUser,
  input: { email: unknown; current: unknown },
  headers: Headers,
): Promise<string> {
  const parsed = Email.safeParse(typeof input.email === "string" ? input.email.trim() : input.email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidEmail", { field: "email" });
  const newEmail = parsed.data.toLowerCase();
  if (newEmail === caller.email.toLowerCase())
    throw new AppError("INVALID_INPUT", "settings.errors.sameEmail", { field: "email" });
  if (typeof input.current !== "string" || input.current.length === 0)
    throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "emailPassword" });
  try {
    await getAuth().api.changeEmail({
      body: { newEmail, currentPassword: input.current, callbackURL: `/${caller.locale}/account?verified=1` } as {
        newEmail: string;
        callbackURL: string;
      },
      headers,
    });
  } catch (error) {
    const limited = limitedError(error);
    if (limited) throw limited;
    if (authErrorCode(error) === "INVALID_PASSWORD")
      throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "emailPassword" });
    throw error;
  }
  return newEmail;
}

export async function resendVerification(caller: SessionUser, headers: Headers): Promise<void> {
  await getAuth().api.sendVerificationEmail({
    body: { email: caller.email, callbackURL: `/${caller.locale}/account?verified=1` },
    headers,
  });
}
