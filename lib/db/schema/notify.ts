// How a user is reached: mail opt-outs, notification preferences, push subscriptions and send records.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

// Non-essential email a user switched off with the one-click unsubscribe (per category).
export const mailOptOuts = pgTable(
  "mail_opt_outs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mail_opt_outs_user_category_unique").on(t.userId, t.category)],
);

// How a user wants to be reached. No row means the defaults below (a reminder by email at
// 20:00 in their own time zone; a physio's alerts by email, no digest).
export const notificationChannels = ["email", "push", "both", "none"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    // Local wall-clock time HH:MM in the user's time zone, so 20:00 stays 20:00 across DST.
    reminderTime: text("reminder_time").notNull().default("20:00"),
    reminderChannels: text("reminder_channels", { enum: notificationChannels }).notNull().default("email"),
    alertChannels: text("alert_channels", { enum: notificationChannels }).notNull().default("email"),
    digestEnabled: boolean("digest_enabled").notNull().default(false),
    digestTime: text("digest_time").notNull().default("08:00"),
    // An alarm at the reminder time on each day of the runner's .ics calendar feed.
    calendarAlarm: boolean("calendar_alarm").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "notification_preferences_times_check",
      sql`${t.reminderTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.digestTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      "notification_preferences_channels_check",
      sql`${t.reminderChannels} in ('email', 'push', 'both', 'none') and ${t.alertChannels} in ('email', 'push', 'both', 'none')`,
    ),
  ],
);

// One browser's web-push subscription (per device and endpoint); removed when the push service says 404/410.
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId)],
);

// Each notification sent, once per key and channel (e.g. "reminder:<user>:<local date>:email"): the
// row is written in the same transaction as the send, so two workers never both send it.
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    key: text("key").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notification_deliveries_user_idx").on(t.userId)],
);

// One scheduled run per user, kind and local day (a reminder, a digest): the scanner inserts it before
// it enqueues the job, so a later scan or another server never enqueues that day's job again.
export const notificationRuns = pgTable(
  "notification_runs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    localDate: date("local_date", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("notification_runs_unique").on(t.userId, t.kind, t.localDate)],
);
