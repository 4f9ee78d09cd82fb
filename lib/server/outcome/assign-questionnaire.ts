// The linked physio asks a patient's plan a questionnaire (a shipped one or one they imported) on a
// schedule, optionally with a score to reach before a phase. Assigning it again replaces both.
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import {
  AssignmentSchedule,
  GateThreshold,
  SHIPPED_KEYS,
  SHIPPED_SCORING,
  shippedQuestionnaire,
  ScoringDefinition,
} from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";
import { loadPatientPlan } from "@/lib/server/physio/load-patient-plan";
import { assertOpen } from "@/lib/server/plan/load-plan";
import { appendAudit } from "@/lib/server/plan/queries";
import { ensureShippedQuestionnaire, findQuestionnaire, upsertAssignment, type QuestionnaireRow } from "./queries";

const AssignInput = z
  .object({
    questionnaireId: z.uuid().optional(),
    shipped: z.enum(SHIPPED_KEYS).optional(),
    schedule: AssignmentSchedule,
    gate: GateThreshold.nullable().default(null),
  })
  .refine((i) => (i.questionnaireId === undefined) !== (i.shipped === undefined), { path: ["questionnaireId"] });

export async function assignQuestionnaire(db: Db, caller: SessionUser, params: { planId: string; input: unknown }) {
  const plan = await loadPatientPlan(db, caller, params.planId);
  assertOpen(plan);
  const parsed = AssignInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { schedule, gate } = parsed.data;
  const questionnaire = await resolveQuestionnaire(db, caller, parsed.data);
  if (gate) assertReachable(ScoringDefinition.parse(questionnaire.scoring), gate.score);
  return db.transaction(async (tx) => {
    const row = await upsertAssignment(tx, {
      planId: plan.row.id,
      questionnaireId: questionnaire.id,
      assignedBy: caller.id,
      schedule,
      gatePhase: gate?.phase ?? null,
      gateScore: gate?.score ?? null,
    });
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: "questionnaire.assigned",
      detail: { questionnaireId: questionnaire.id, schedule, gate },
    });
    return row;
  });
}

// A physio assigns the shipped questionnaires and their own imports; another physio's is "not found".
async function resolveQuestionnaire(
  db: Db,
  caller: SessionUser,
  input: { questionnaireId?: string; shipped?: (typeof SHIPPED_KEYS)[number] },
): Promise<QuestionnaireRow> {
  if (input.shipped) {
    const resource = shippedQuestionnaire(input.shipped, "en");
    return ensureShippedQuestionnaire(db, {
      shippedKey: input.shipped,
      title: resource.title ?? input.shipped,
      resource,
      scoring: SHIPPED_SCORING[input.shipped],
    });
  }
  const row = await findQuestionnaire(db, input.questionnaireId!);
  if (!row || (row.shippedKey === null && row.ownerId !== caller.id))
    throw new AppError("NOT_FOUND", "errors.questionnaireNotFound");
  return row;
}

// A threshold outside the reported scale could never be met (or always is): refused.
function assertReachable(scoring: ScoringDefinition, score: number) {
  const { min, max } = scoring.rescale ? { min: 0, max: 100 } : scoring.range;
  if (score < min || score > max)
    throw new AppError("INVALID_INPUT", "errors.gateOutOfRange", { fields: ["gate.score"], min, max });
}
