// Outcome questionnaires: the ones a clinic imported (and the two shipped with the app), which plan is
// asked which questionnaire and when, and the runner's responses with their scores.
import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { plans } from "./plans";

// A FHIR R4 Questionnaire (`resource`) with our scoring definition, both checked by the engine on import.
// An imported one belongs to the physio who imported it (`ownerId`); a shipped one has a `shippedKey` and
// no owner, and is rendered from the engine's copy in the runner's language.
export const questionnaires = pgTable(
  "questionnaires",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id").references(() => user.id, { onDelete: "set null" }),
    shippedKey: text("shipped_key").unique(),
    title: text("title").notNull(),
    resource: jsonb("resource").notNull(),
    scoring: jsonb("scoring").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questionnaires_owner_idx").on(t.ownerId)],
);

// A questionnaire a physio asks of a plan, with its schedule (the engine's AssignmentSchedule) and, when
// set, a score the runner must reach before a phase (`gatePhase`: the phase being entered).
export const questionnaireAssignments = pgTable(
  "questionnaire_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    questionnaireId: uuid("questionnaire_id")
      .notNull()
      .references(() => questionnaires.id, { onDelete: "restrict" }),
    assignedBy: text("assigned_by").references(() => user.id, { onDelete: "set null" }),
    schedule: jsonb("schedule").notNull(),
    gatePhase: smallint("gate_phase"),
    gateScore: doublePrecision("gate_score"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("questionnaire_assignments_plan_questionnaire_unique").on(t.planId, t.questionnaireId),
    check(
      "questionnaire_assignments_gate_check",
      sql`(${t.gatePhase} is null and ${t.gateScore} is null) or (${t.gatePhase} between 2 and 4 and ${t.gateScore} is not null)`,
    ),
  ],
);

// A runner's answers as a FHIR R4 QuestionnaireResponse, and its score by the questionnaire's definition at
// the time (total on the reported scale, null when too few items were answered).
export const questionnaireResponses = pgTable(
  "questionnaire_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    questionnaireId: uuid("questionnaire_id")
      .notNull()
      .references(() => questionnaires.id, { onDelete: "restrict" }),
    resource: jsonb("resource").notNull(),
    // The runner's calendar day it was answered on (the plan's `today`), and the moment.
    answeredOn: date("answered_on", { mode: "string" }).notNull(),
    authoredAt: timestamp("authored_at", { withTimezone: true }).notNull().defaultNow(),
    total: doublePrecision("total"),
    subscales: jsonb("subscales").notNull().default({}),
    completeness: doublePrecision("completeness").notNull(),
  },
  (t) => [
    index("questionnaire_responses_plan_idx").on(t.planId, t.questionnaireId, t.authoredAt),
    check("questionnaire_responses_completeness_check", sql`${t.completeness} between 0 and 1`),
  ],
);
