// One drizzle schema for every PostgreSQL: the embedded one and any server behind DATABASE_URL.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { DEFAULT_TIME_ZONE } from "../dates";

export const roles = ["runner", "physio"] as const;
export type Role = (typeof roles)[number];

// better-auth's documented core tables (user, session, account, verification), written by hand
// because its CLI does not run on Node 20; `role` and `locale` are our additional user fields.
export const user = pgTable(
  "user",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    role: text("role", { enum: roles }).notNull().default("runner"),
    locale: text("locale", { enum: ["en", "nl"] })
      .notNull()
      .default("en"),
    // The runner's calendar day (a check-in's date) is taken in this IANA time zone.
    timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
    // better-auth's two-factor plugin (TOTP, offered to physios): on once a code from the app was verified.
    twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("user_role_check", sql`${t.role} in ('runner', 'physio')`)],
);

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = pgTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// better-auth's two-factor plugin: the encrypted TOTP secret and backup codes of one account.
export const twoFactor = pgTable(
  "two_factor",
  {
    id: text("id").primaryKey(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [index("two_factor_user_idx").on(t.userId), index("two_factor_secret_idx").on(t.secret)],
);

export const planStatuses = ["active", "paused_red_flag", "awaiting_approval", "completed"] as const;

// A comeback plan. Intake and settings are stored as JSON validated by the engine's zod schemas;
// phase and status are kept in columns too so a physio's dashboard can filter without replaying.
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: text("runner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    physioId: text("physio_id").references(() => user.id, { onDelete: "set null" }),
    intake: jsonb("intake").notNull(),
    settings: jsonb("settings").notNull(),
    status: text("status", { enum: planStatuses }).notNull().default("active"),
    phase: smallint("phase").notNull().default(1),
    // Secret for the private calendar subscription URL; null when the runner revoked it.
    calendarToken: text("calendar_token").unique(),
    // A snapshot of the engine's state at the last change (see lib/services/sync-plan-summary.ts), so a
    // physio's dashboard of hundreds of patients reads one row each instead of replaying every plan.
    summary: jsonb("summary").notNull().default({}),
    lastCheckInOn: date("last_check_in_on", { mode: "string" }),
    // Set when the physio discharges the patient: the plan is archived (read-only, off the dashboard).
    dischargedOn: date("discharged_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plans_runner_idx").on(t.runnerId),
    index("plans_physio_idx").on(t.physioId),
    check("plans_phase_check", sql`${t.phase} between 1 and 4`),
    check("plans_status_check", sql`${t.status} in ('active', 'paused_red_flag', 'awaiting_approval', 'completed')`),
  ],
);

const painColumn = (name: string) => smallint(name).notNull();

// One check-in per plan per local calendar day (YYYY-MM-DD), enforced by a unique index.
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    painRest: painColumn("pain_rest"),
    painDuring: painColumn("pain_during"),
    painAfter: painColumn("pain_after"),
    painMorning: painColumn("pain_morning"),
    data: jsonb("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("check_ins_plan_date_unique").on(t.planId, t.date),
    check(
      "check_ins_pain_check",
      sql`${t.painRest} between 0 and 10 and ${t.painDuring} between 0 and 10 and ${t.painAfter} between 0 and 10 and ${t.painMorning} between 0 and 10`,
    ),
  ],
);

// Every saved version of a day's check-in, oldest first (version 1 is the first report). A correction
// adds a version instead of overwriting: a red flag once reported stays in the record (DOMAIN §5),
// and the physio sees who changed what and when. check_ins holds the latest version.
export const checkInVersions = pgTable(
  "check_in_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    version: smallint("version").notNull(),
    data: jsonb("data").notNull(),
    changedBy: text("changed_by").references(() => user.id, { onDelete: "set null" }),
    changedByRole: text("changed_by_role", { enum: roles }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("check_in_versions_plan_date_version_unique").on(t.planId, t.date, t.version),
    check("check_in_versions_version_check", sql`${t.version} >= 1`),
  ],
);

// Dated actions that the engine replays: approvals, overrides, clearances, settings changes, interruptions.
export const planEvents = pgTable(
  "plan_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_events_plan_idx").on(t.planId, t.date)],
);

// Phase transitions as they happened, for the runner's timeline and the physio's history.
export const phaseTransitions = pgTable(
  "phase_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    fromPhase: smallint("from_phase").notNull(),
    toPhase: smallint("to_phase").notNull(),
    on: date("on", { mode: "string" }).notNull(),
    approvedBy: text("approved_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("phase_transitions_plan_to_unique").on(t.planId, t.toPhase, t.on),
    check("phase_transitions_phase_check", sql`${t.fromPhase} between 1 and 4 and ${t.toPhase} between 1 and 4`),
  ],
);

// Who changed what and when. Append-only; kept even when the actor's account is gone.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    detail: jsonb("detail").notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_plan_idx").on(t.planId, t.at)],
);

// The onboarding wizard's answers so far, kept server-side so a reload loses nothing
// (and no health data sits in the browser's storage).
export const onboardingDrafts = pgTable("onboarding_drafts", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  step: smallint("step").notNull().default(0),
  answers: jsonb("answers").notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// A physio's single-use invitation; the runner who accepts it is linked to the physio. With an
// intake, accepting it also creates the runner's plan from what the physio entered.
export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    physioId: text("physio_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    code: text("code").notNull().unique(),
    intake: jsonb("intake"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: text("used_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invites_physio_idx").on(t.physioId)],
);

// A physio's notes on a patient's plan; they go with the plan.
export const noteVisibilities = ["patient", "file"] as const;

// "patient": shown to the runner; "file": the physio's own record (still in the runner's data export).
export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    visibility: text("visibility", { enum: noteVisibilities }).notNull().default("file"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notes_plan_idx").on(t.planId, t.createdAt),
    check("notes_visibility_check", sql`${t.visibility} in ('patient', 'file')`),
  ],
);

// Fixed-window counters (login attempts), in the database so every app server shares them.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});

export const physioStatuses = ["pending", "approved", "revoked"] as const;
export type PhysioStatus = (typeof physioStatuses)[number];

// A physiotherapist's registration (BIG number) and practice. The account is "pending" until an
// operator checks the register and approves it with `npm run admin -- approve-physio EMAIL`.
export const physioProfiles = pgTable(
  "physio_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    bigNumber: text("big_number").notNull(),
    practice: text("practice").notNull(),
    status: text("status", { enum: physioStatuses }).notNull().default("pending"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("physio_profiles_status_check", sql`${t.status} in ('pending', 'approved', 'revoked')`),
    check("physio_profiles_big_check", sql`${t.bigNumber} ~ '^[0-9]{11}$'`),
  ],
);

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

// Messages between a runner and their physio, a thread per plan (issue #12). `physioId` is the physio
// the thread is with, so a physio linked later does not read an earlier physio's conversation. When
// either person's account goes, their id goes too (set null); the runner's plan going takes it all.
export const planMessages = pgTable(
  "plan_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    physioId: text("physio_id").references(() => user.id, { onDelete: "set null" }),
    senderId: text("sender_id").references(() => user.id, { onDelete: "set null" }),
    senderRole: text("sender_role", { enum: roles }).notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plan_messages_thread_idx").on(t.planId, t.physioId, t.createdAt),
    index("plan_messages_physio_idx").on(t.physioId, t.createdAt),
    check("plan_messages_role_check", sql`${t.senderRole} in ('runner', 'physio')`),
    check("plan_messages_body_check", sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

// When each participant last opened a plan's thread: what came after (from the other side) is unread.
export const messageReads = pgTable(
  "message_reads",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

// Issue #12: how a user wants to be reached. No row means the defaults below (a reminder by email at
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
