// The user edits their own name, language and time zone. The same field rules as better-auth's
// hook (lib/auth/user-fields.ts); an approved physio's name is locked (only the admin CLI changes it).
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { isNameLocked } from "@/lib/auth/physio-lock";
import type { SessionUser } from "@/lib/auth/session";
import { LocaleField, NameField, TimeZoneField } from "@/lib/auth/user-fields";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

const ProfileInput = z.object({ name: NameField, locale: LocaleField, timeZone: TimeZoneField });

export type Profile = z.infer<typeof ProfileInput>;

export async function updateProfile(db: Db, caller: SessionUser, input: unknown): Promise<Profile> {
  const parsed = ProfileInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      "INVALID_INPUT",
      issue.message.startsWith("errors.") ? `settings.${issue.message}` : "errors.invalidInput",
      { field: String(issue.path[0] ?? "form") },
    );
  }
  const profile = parsed.data;
  if (profile.name !== caller.name && (await isNameLocked(db, caller.id))) {
    throw new AppError("FORBIDDEN", "settings.errors.physioNameLocked", { field: "name" });
  }
  await db
    .update(user)
    .set({ ...profile, updatedAt: new Date() })
    .where(eq(user.id, caller.id));
  return profile;
}
