// What people write (messages, notes): PostgreSQL text cannot hold a NUL, and the other control
// characters (tab and line breaks aside) have no place in it. Refused with the field named, before
// anything reaches the database (whose error would otherwise quote the text).
import { AppError } from "@/lib/errors";
import { hasControlCharacter } from "@/lib/forms/fields";

export { hasControlCharacter };

export function assertFreeText(value: unknown, field: string): void {
  if (typeof value === "string" && hasControlCharacter(value))
    throw new AppError("INVALID_INPUT", "errors.controlCharacter", { field });
}
