// A physio imports a questionnaire their practice is licensed to use: a FHIR R4 Questionnaire with our
// scoring definition. The engine checks both; a refusal lists every problem (a path and a message key).
import "server-only";
import { assertVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { validateQuestionnaireImport } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { appendAudit } from "@/lib/server/plan/queries";
import { assertPlainStrings } from "./plain-text";
import { insertQuestionnaire } from "./queries";

export async function importQuestionnaire(db: Db, caller: SessionUser, input: unknown) {
  assertVerifiedPhysio(caller);
  assertPlainStrings(input, "questionnaire");
  const result = validateQuestionnaireImport(input);
  if (!result.ok) throw new AppError("INVALID_INPUT", "errors.questionnaireInvalid", { problems: result.problems });
  const { questionnaire, scoring } = result;
  const title = questionnaire.title ?? questionnaire.name ?? questionnaire.url ?? "Questionnaire";
  return db.transaction(async (tx) => {
    const row = await insertQuestionnaire(tx, { ownerId: caller.id, title, resource: questionnaire, scoring });
    await appendAudit(tx, {
      actorId: caller.id,
      action: "questionnaire.imported",
      detail: { questionnaireId: row.id },
    });
    return { id: row.id, title: row.title };
  });
}
