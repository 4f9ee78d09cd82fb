// A physio's registration as entered at sign-up and checked by the operator: the BIG number and
// the practice patients see next to "verified".
import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { physioProfiles } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// BIG register numbers are 11 digits (spaces or dots as people write them are dropped).
const BigNumber = z
  .string()
  .transform((v) => v.replace(/[\s.]/g, ""))
  .pipe(z.string().regex(/^\d{11}$/));

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const Practice = z
  .string()
  .trim()
  .min(2)
  .max(120)
  .refine((v) => !CONTROL.test(v));

export function parseRegistration(input: { bigNumber?: unknown; practice?: unknown }) {
  const big = BigNumber.safeParse(input.bigNumber ?? "");
  if (!big.success) throw new AppError("INVALID_INPUT", "settings.errors.bigNumber", { field: "bigNumber" });
  const practice = Practice.safeParse(input.practice ?? "");
  if (!practice.success) throw new AppError("INVALID_INPUT", "settings.errors.practice", { field: "practice" });
  return { bigNumber: big.data, practice: practice.data };
}

/**
 * While the check is pending the physio may correct the number and practice; once an operator has
 * decided, only the admin CLI changes them (the check was of what was entered).
 */
export async function updateRegistration(
  db: Db,
  caller: SessionUser,
  input: { bigNumber?: unknown; practice?: unknown },
): Promise<void> {
  if (caller.role !== "physio") throw new AppError("NOT_FOUND", "errors.notFound");
  const registration = parseRegistration(input);
  const rows = await db
    .update(physioProfiles)
    .set(registration)
    .where(and(eq(physioProfiles.userId, caller.id), eq(physioProfiles.status, "pending")))
    .returning({ userId: physioProfiles.userId });
  if (rows.length === 0) throw new AppError("FORBIDDEN", "settings.errors.registrationLocked");
}
