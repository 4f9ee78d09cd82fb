// What a physio and their patients share: the physio's registration, invitations, notes and messages.
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roles, user } from "./auth";
import { plans } from "./plans";

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
    // Who the invite is for, as the physio wrote it: shown in their list and on the invite page.
    patientName: text("patient_name"),
    // Sent by email from the app: the address and language it went in (the job reads them by the invite's
    // id, so no address sits in the job queue), and when it was queued.
    emailTo: text("email_to"),
    emailLocale: text("email_locale"),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
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

// Messages between a runner and their physio, a thread per plan. `physioId` is the physio
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
