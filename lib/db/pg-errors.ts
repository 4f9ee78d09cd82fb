// drizzle may wrap the driver's error; look through `cause` for PostgreSQL's SQLSTATE.
type PgLike = { code?: string; constraint?: string; cause?: unknown };

function pgErrorOf(error: unknown): { code: string; constraint?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as PgLike;
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: e.constraint };
    current = e.cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const pgError = pgErrorOf(error);
  return pgError?.code === "23505" && (constraint === undefined || pgError.constraint === constraint);
};

// The database was not reached (a connect timeout under load, a refused socket, a server still starting):
// no SQLSTATE at all, or a connection-class one. Worth waiting for at start; a real refusal is not.
export const isConnectionFailure = (error: unknown) => {
  const code = pgErrorOf(error)?.code;
  return code === undefined || code.startsWith("08") || code === "57P03";
};
