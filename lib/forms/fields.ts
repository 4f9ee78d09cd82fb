// Field schemas shared by the forms' schemas (browser and server alike).
import { z } from "zod";

// PostgreSQL text cannot hold a NUL, and the other control characters (tab and line breaks aside)
// have no place in what people write.
export const hasControlCharacter = (value: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value);

/** Free text people write (a note, a message): trimmed, between 1 and `max` characters, no control characters. */
export const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacter(value), { error: "errors.controlCharacter" });

/** Optional free text: left blank (or only spaces), it is undefined. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), freeText(max).optional());
