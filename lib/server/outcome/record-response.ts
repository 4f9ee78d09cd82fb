// The runner answers a questionnaire assigned to their plan: the QuestionnaireResponse is checked against
// the questionnaire, scored (against the first scored response as the baseline) and stored with its score.
import "server-only";
import { z } from "zod";
import type { QuestionnaireResponse } from "@medplum/fhirtypes";
import { canCheckIn } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { responseProblems, scoreResponse } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { assertOpen, loadPlan } from "@/lib/server/plan/load-plan";
import { assertPlainStrings } from "./plain-text";
import { findAssignment, findQuestionnaire, insertResponse, listResponses } from "./queries";
import { questionnaireOf } from "./questionnaire-of";

export type RecordResponseParams = { planId: string; questionnaireId: string; response: unknown; day?: string };

export async function recordResponse(db: Db, caller: SessionUser, params: RecordResponseParams) {
  const plan = await loadPlan(db, caller, params.planId);
  if (!canCheckIn(caller, plan.row)) throw new AppError("FORBIDDEN", "errors.forbidden");
  assertOpen(plan);
  const notFound = new AppError("NOT_FOUND", "errors.questionnaireNotFound");
  if (!z.uuid().safeParse(params.questionnaireId).success) throw notFound;
  const assigned = await findAssignment(db, plan.row.id, params.questionnaireId);
  const row = assigned && (await findQuestionnaire(db, params.questionnaireId));
  if (!row) throw notFound;
  const { questionnaire, scoring } = questionnaireOf(row, caller.locale);
  assertPlainStrings(params.response, "response");
  const problems = responseProblems(questionnaire, params.response);
  if (problems.length > 0) throw new AppError("INVALID_INPUT", "errors.responseInvalid", { problems });
  const given = params.response as QuestionnaireResponse;
  const now = new Date();
  // Only what the answers are: who answered what, and when, comes from the session and the row.
  const resource: QuestionnaireResponse = {
    resourceType: "QuestionnaireResponse",
    status: given.status,
    questionnaire: questionnaire.url ?? `Questionnaire/${row.id}`,
    authored: now.toISOString(),
    item: given.item ?? [],
  };
  const baseline = (await listResponses(db, plan.row.id, row.id)).find((r) => r.total !== null)?.total;
  const score = scoreResponse(questionnaire, scoring, resource, baseline);
  const saved = await insertResponse(db, {
    planId: plan.row.id,
    questionnaireId: row.id,
    resource,
    answeredOn: params.day ?? plan.today,
    authoredAt: now,
    total: score.total,
    subscales: score.subscales,
    completeness: score.completeness,
  });
  return { id: saved.id, answeredOn: saved.answeredOn, score };
}
