// Reading a QuestionnaireResponse: the answers by linkId, the number an answer stands for, and whether an
// item is shown (its enableWhen) given the other answers.
import type {
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from "@medplum/fhirtypes";
import { itemRange, optionNumber } from "./items";

/** Every answered item's answers, nested items included (FHIR nests them in groups and under answers). */
export function answersByLinkId(
  response: Pick<QuestionnaireResponse, "item">,
): Map<string, QuestionnaireResponseItemAnswer[]> {
  const found = new Map<string, QuestionnaireResponseItemAnswer[]>();
  const walk = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.answer?.length) found.set(item.linkId, [...(found.get(item.linkId) ?? []), ...item.answer]);
      walk(item.item);
      for (const answer of item.answer ?? []) walk(answer.item);
    }
  };
  walk(response.item);
  return found;
}

/** The number an answer gives the item, or undefined when it is none of the item's values. */
export function answerNumber(item: QuestionnaireItem, answer: QuestionnaireResponseItemAnswer): number | undefined {
  if (item.type === "choice") {
    const option = (item.answerOption ?? []).find((o) =>
      answer.valueCoding
        ? o.valueCoding?.code === answer.valueCoding.code && o.valueCoding?.system === answer.valueCoding.system
        : o.valueInteger !== undefined && o.valueInteger === answer.valueInteger,
    );
    return option ? optionNumber(option) : undefined;
  }
  const value = item.type === "integer" ? answer.valueInteger : (answer.valueDecimal ?? answer.valueInteger);
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  if (item.type === "integer" && !Number.isInteger(value)) return undefined;
  const range = itemRange(item);
  return range && (value < range.min || value > range.max) ? undefined : value;
}

function answerValue(answer: QuestionnaireResponseItemAnswer): unknown {
  return (
    answer.valueBoolean ?? answer.valueDecimal ?? answer.valueInteger ?? answer.valueString ?? answer.valueCoding?.code
  );
}

function conditionHolds(condition: QuestionnaireItemEnableWhen, answers: QuestionnaireResponseItemAnswer[]): boolean {
  if (condition.operator === "exists") return answers.length > 0 === condition.answerBoolean;
  const expected =
    condition.answerBoolean ??
    condition.answerDecimal ??
    condition.answerInteger ??
    condition.answerString ??
    condition.answerCoding?.code;
  return answers.some((answer) => {
    const value = answerValue(answer);
    if (condition.operator === "=") return value === expected;
    if (condition.operator === "!=") return value !== expected;
    if (typeof value !== "number" || typeof expected !== "number") return false;
    if (condition.operator === ">") return value > expected;
    if (condition.operator === "<") return value < expected;
    if (condition.operator === ">=") return value >= expected;
    return value <= expected;
  });
}

/** Whether the item is shown, given the answers (FHIR R4 enableWhen with enableBehavior "all" or "any"). */
export function isEnabled(item: QuestionnaireItem, answers: Map<string, QuestionnaireResponseItemAnswer[]>): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) return true;
  const results = conditions.map((c) => conditionHolds(c, answers.get(c.question) ?? []));
  return item.enableBehavior === "any" ? results.some(Boolean) : results.every(Boolean);
}
