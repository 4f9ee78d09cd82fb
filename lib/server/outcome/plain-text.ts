// Imported questionnaires and responses are JSON from outside: PostgreSQL's jsonb cannot hold a NUL, and
// no control character belongs in a question or an answer. Refused before anything reaches the database.
import "server-only";
import { hasControlCharacter } from "@/lib/validation/free-text";
import { AppError } from "@/lib/errors";

export function assertPlainStrings(value: unknown, field: string, depth = 0): void {
  if (depth > 20) throw new AppError("INVALID_INPUT", "errors.invalidInput", { fields: [field] });
  if (typeof value === "string") {
    if (hasControlCharacter(value)) throw new AppError("INVALID_INPUT", "errors.controlCharacter", { field });
  } else if (Array.isArray(value)) {
    for (const v of value) assertPlainStrings(v, field, depth + 1);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      assertPlainStrings(k, field, depth + 1);
      assertPlainStrings(v, field, depth + 1);
    }
  }
}
