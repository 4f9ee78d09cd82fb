// A user's notification preferences: read with defaults (no row = defaults), saved after validation.
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { notificationChannels, notificationPreferences, type NotificationChannel } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type Preferences = {
  reminderTime: string;
  reminderChannels: NotificationChannel;
  alertChannels: NotificationChannel;
  digestEnabled: boolean;
  digestTime: string;
  calendarAlarm: boolean;
};

export const DEFAULT_PREFERENCES: Preferences = {
  reminderTime: "20:00",
  reminderChannels: "email",
  alertChannels: "email",
  digestEnabled: false,
  digestTime: "08:00",
  calendarAlarm: false,
};

const Time = z
  .string()
  .trim()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
const PreferencesInput = z.object({
  reminderTime: Time,
  reminderChannels: z.enum(notificationChannels),
  alertChannels: z.enum(notificationChannels),
  digestEnabled: z.boolean(),
  digestTime: Time,
  calendarAlarm: z.boolean().default(false),
});

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  if (!row) return { ...DEFAULT_PREFERENCES };
  return {
    reminderTime: row.reminderTime,
    reminderChannels: row.reminderChannels,
    alertChannels: row.alertChannels,
    digestEnabled: row.digestEnabled,
    digestTime: row.digestTime,
    calendarAlarm: row.calendarAlarm,
  };
}

/** Saves the caller's own preferences; a bad field is refused with the field named and nothing saved. */
export async function savePreferences(db: Db, caller: SessionUser, input: unknown): Promise<Preferences> {
  const parsed = PreferencesInput.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "reminderTime");
    throw new AppError(
      "INVALID_INPUT",
      field.endsWith("Time") ? "notify.prefs.invalidTime" : "notify.prefs.invalidChannel",
      { field },
    );
  }
  const values = parsed.data;
  await db
    .insert(notificationPreferences)
    .values({ userId: caller.id, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: new Date() } });
  return values;
}

export const channelsOf = (choice: NotificationChannel) => ({
  email: choice === "email" || choice === "both",
  push: choice === "push" || choice === "both",
});
