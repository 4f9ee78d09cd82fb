// A runner's comeback: the plan, the daily check-ins with their history, and what the engine replays.
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { roles, user } from "./auth";

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
    // A snapshot of the engine's state at the last change (see lib/server/plan/sync-plan-summary.ts), so a
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
