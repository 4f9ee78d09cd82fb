// Rows of the outcome tables: questionnaires, their assignment to plans, and the responses with scores.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { questionnaireAssignments, questionnaireResponses, questionnaires } from "@/lib/db/schema";

export type QuestionnaireRow = typeof questionnaires.$inferSelect;
export type AssignmentRow = typeof questionnaireAssignments.$inferSelect;
export type ResponseRow = typeof questionnaireResponses.$inferSelect;

export async function insertQuestionnaire(
  db: Db,
  params: typeof questionnaires.$inferInsert,
): Promise<QuestionnaireRow> {
  const [row] = await db.insert(questionnaires).values(params).returning();
  return row!;
}

export async function findQuestionnaire(db: Db, id: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  return row;
}

/** A shipped questionnaire's row, made on first use (two assigning at once both get the one row). */
export async function ensureShippedQuestionnaire(
  db: Db,
  params: { shippedKey: string; title: string; resource: unknown; scoring: unknown },
): Promise<QuestionnaireRow> {
  await db.insert(questionnaires).values(params).onConflictDoNothing({ target: questionnaires.shippedKey });
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.shippedKey, params.shippedKey));
  return row!;
}

/** One assignment per plan and questionnaire: assigning again replaces its schedule and gate. */
export async function upsertAssignment(
  db: Db,
  params: typeof questionnaireAssignments.$inferInsert,
): Promise<AssignmentRow> {
  const { schedule, gatePhase, gateScore, assignedBy } = params;
  const [row] = await db
    .insert(questionnaireAssignments)
    .values(params)
    .onConflictDoUpdate({
      target: [questionnaireAssignments.planId, questionnaireAssignments.questionnaireId],
      set: { schedule, gatePhase: gatePhase ?? null, gateScore: gateScore ?? null, assignedBy },
    })
    .returning();
  return row!;
}

export async function findAssignment(db: Db, planId: string, questionnaireId: string) {
  const [row] = await db
    .select()
    .from(questionnaireAssignments)
    .where(
      and(eq(questionnaireAssignments.planId, planId), eq(questionnaireAssignments.questionnaireId, questionnaireId)),
    );
  return row;
}

/** A plan's assignments with their questionnaires, oldest first. */
export async function listAssignments(db: Db, planId: string) {
  return db
    .select({ assignment: questionnaireAssignments, questionnaire: questionnaires })
    .from(questionnaireAssignments)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireAssignments.questionnaireId))
    .where(eq(questionnaireAssignments.planId, planId))
    .orderBy(asc(questionnaireAssignments.createdAt));
}

export async function insertResponse(db: Db, params: typeof questionnaireResponses.$inferInsert): Promise<ResponseRow> {
  const [row] = await db.insert(questionnaireResponses).values(params).returning();
  return row!;
}

/** A plan's responses, oldest first; of one questionnaire when given. */
export async function listResponses(db: Db, planId: string, questionnaireId?: string): Promise<ResponseRow[]> {
  const where = questionnaireId
    ? and(eq(questionnaireResponses.planId, planId), eq(questionnaireResponses.questionnaireId, questionnaireId))
    : eq(questionnaireResponses.planId, planId);
  return db
    .select()
    .from(questionnaireResponses)
    .where(where)
    .orderBy(asc(questionnaireResponses.authoredAt), asc(questionnaireResponses.id));
}

/** The responses on these plans with their questionnaire's title, for the runner's data export. */
export async function listResponsesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: questionnaireResponses.planId,
      questionnaire: questionnaires.title,
      answeredOn: questionnaireResponses.answeredOn,
      authoredAt: questionnaireResponses.authoredAt,
      response: questionnaireResponses.resource,
      total: questionnaireResponses.total,
      subscales: questionnaireResponses.subscales,
      completeness: questionnaireResponses.completeness,
    })
    .from(questionnaireResponses)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireResponses.questionnaireId))
    .where(inArray(questionnaireResponses.planId, planIds))
    .orderBy(asc(questionnaireResponses.authoredAt));
}
