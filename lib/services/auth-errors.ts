// better-auth answers with an APIError carrying a code; these map the ones a form can explain.
import { AppError } from "@/lib/errors";

export function authErrorCode(error: unknown): string {
  const e = error as { body?: { code?: string } };
  return String(e?.body?.code ?? "");
}

// A refused password, from our own check or better-auth's, as a message on the password field.
export function passwordError(field: string, problem: "length" | "common"): AppError {
  return new AppError(
    "INVALID_INPUT",
    problem === "common" ? "settings.errors.passwordCommon" : "settings.errors.passwordLength",
    { field, min: 10 },
  );
}

export function mapPasswordCode(error: unknown, field: string): AppError | undefined {
  const code = authErrorCode(error);
  if (code === "PASSWORD_TOO_COMMON") return passwordError(field, "common");
  if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return passwordError(field, "length");
  return undefined;
}
