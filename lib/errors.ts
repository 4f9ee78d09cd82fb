// The one error type services throw; the shell maps `code` to an HTTP status or a form message.
export type AppErrorCode =
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "UNAVAILABLE"
  | "UNSUPPORTED_MEDIA_TYPE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    // A message key the UI translates, e.g. "errors.checkInExists".
    readonly messageKey: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const httpStatusOf: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
