// better-auth answers with an APIError carrying a code; these map the ones a form can explain.
import "server-only";
import { MIN_PASSWORD_LENGTH, PHYSIO_MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import type { PasswordProblem } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors";

export function authErrorCode(error: unknown): string {
  const e = error as { body?: { code?: string } };
  return String(e?.body?.code ?? "");
}

// A refused password, from our own check or better-auth's, as a message on the password field.
export function passwordError(field: string, problem: PasswordProblem): AppError {
  if (problem === "common") return new AppError("INVALID_INPUT", "settings.errors.passwordCommon", { field });
  if (problem === "personal") return new AppError("INVALID_INPUT", "settings.errors.passwordPersonal", { field });
  const min = problem === "physioLength" ? PHYSIO_MIN_PASSWORD_LENGTH : MIN_PASSWORD_LENGTH;
  return new AppError("INVALID_INPUT", "settings.errors.passwordLength", { field, min });
}

export function mapPasswordCode(error: unknown, field: string): AppError | undefined {
  const code = authErrorCode(error);
  if (code === "PASSWORD_TOO_COMMON") return passwordError(field, "common");
  if (code === "PASSWORD_PERSONAL") return passwordError(field, "personal");
  if (code === "PASSWORD_TOO_SHORT_FOR_PHYSIO") return passwordError(field, "physioLength");
  if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return passwordError(field, "length");
  return undefined;
}
