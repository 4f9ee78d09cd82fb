// The rules for the user's own fields, shared by our forms and by better-auth's hooks, so a field
// refused in one place is refused everywhere (`update-user` once stored a 15,000-character name).
import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates";

// No control characters: they break layouts, emails and log lines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const NameField = z
  .string()
  .trim()
  .min(1, { message: "errors.nameRequired" })
  .max(100, { message: "errors.nameTooLong" })
  .refine((v) => !CONTROL.test(v), { message: "errors.nameInvalid" });

// The IANA zones this runtime knows (Intl), plus their aliases ("Asia/Calcutta") and UTC.
export const knownTimeZones: readonly string[] = Intl.supportedValuesOf("timeZone");
const zoneSet = new Set(knownTimeZones);

function isKnownTimeZone(value: string): boolean {
  if (zoneSet.has(value) || value === "UTC") return true;
  if (!isValidTimeZone(value)) return false;
  const canonical = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  return zoneSet.has(canonical) || canonical === "UTC";
}

export const TimeZoneField = z
  .string()
  .max(64, { message: "errors.timeZoneInvalid" })
  .refine((v) => v.length > 0 && isKnownTimeZone(v), { message: "errors.timeZoneInvalid" });

export const LocaleField = z.enum(["en", "nl"], { message: "errors.localeInvalid" });

const UserPatch = z.object({
  name: NameField.optional(),
  timeZone: TimeZoneField.optional(),
  locale: LocaleField.optional(),
});

// The first problem (a message key) in the user fields of a create/update, or undefined.
export function userFieldProblem(data: Record<string, unknown>): string | undefined {
  const picked = Object.fromEntries(
    ["name", "timeZone", "locale"].filter((k) => k in data && data[k] !== undefined).map((k) => [k, data[k]]),
  );
  const parsed = UserPatch.safeParse(picked);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
