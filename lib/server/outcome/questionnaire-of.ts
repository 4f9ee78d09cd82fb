// A stored questionnaire as the engine reads it: the FHIR resource (a shipped one in the reader's language)
// and its scoring definition, parsed again from the row.
import "server-only";
import type { Questionnaire } from "@medplum/fhirtypes";
import { SHIPPED_KEYS, ScoringDefinition, shippedQuestionnaire, type ShippedKey } from "@/lib/engine";
import type { QuestionnaireRow } from "./queries";

export type StoredQuestionnaire = { id: string; questionnaire: Questionnaire; scoring: ScoringDefinition };

const isShipped = (key: string | null): key is ShippedKey => SHIPPED_KEYS.includes(key as ShippedKey);

export function questionnaireOf(row: QuestionnaireRow, locale: "en" | "nl" = "en"): StoredQuestionnaire {
  const questionnaire = isShipped(row.shippedKey)
    ? shippedQuestionnaire(row.shippedKey, locale)
    : (row.resource as Questionnaire);
  return { id: row.id, questionnaire, scoring: ScoringDefinition.parse(row.scoring) };
}
