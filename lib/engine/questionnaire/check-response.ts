// A runner's QuestionnaireResponse against the questionnaire it answers, before it is stored: every answer
// belongs to a question of the right type and is one of its values, and every shown required item is answered.
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItemAnswer,
} from "@medplum/fhirtypes";
import { answerNumber, answersByLinkId, isEnabled } from "./answers";
import { flattenItems } from "./items";
import type { ImportProblem } from "./validate-items";

/** The longest free-text answer: an activity's name or a comment, not a story. */
export const MAX_TEXT_ANSWER = 500;
const STATUSES = ["completed", "amended"];

export function responseProblems(questionnaire: Questionnaire, response: unknown): ImportProblem[] {
  if (typeof response !== "object" || response === null || Array.isArray(response))
    return [{ path: "", key: "response.notObject" }];
  const r = response as QuestionnaireResponse;
  const problems: ImportProblem[] = [];
  if (r.resourceType !== "QuestionnaireResponse") problems.push({ path: "resourceType", key: "response.resourceType" });
  if (!STATUSES.includes(r.status)) problems.push({ path: "status", key: "response.status" });
  if (r.item !== undefined && !Array.isArray(r.item)) return [...problems, { path: "item", key: "response.items" }];
  const items = new Map(flattenItems(questionnaire).map(({ item }) => [item.linkId, item]));
  let answers: ReturnType<typeof answersByLinkId>;
  try {
    answers = answersByLinkId(r);
  } catch {
    return [...problems, { path: "item", key: "response.items" }];
  }
  for (const [linkId, given] of answers) {
    const item = items.get(linkId);
    if (!item || item.type === "group" || item.type === "display") {
      problems.push({ path: linkId, key: "response.unknownItem" });
      continue;
    }
    if (given.length > 1 && !item.repeats) problems.push({ path: linkId, key: "response.oneAnswer" });
    for (const answer of given) {
      if (typeof answer !== "object" || answer === null) problems.push({ path: linkId, key: "response.answerInvalid" });
      else if (item.type === "string" || item.type === "text") {
        const text = answer.valueString;
        if (typeof text !== "string" || text.trim() === "" || text.length > MAX_TEXT_ANSWER)
          problems.push({ path: linkId, key: "response.textInvalid", params: { max: MAX_TEXT_ANSWER } });
      } else if (item.type === "choice" ? !isOption(item, answer) : answerNumber(item, answer) === undefined)
        problems.push({ path: linkId, key: "response.valueOutOfRange" });
    }
  }
  for (const { item } of flattenItems(questionnaire)) {
    if (item.required && item.type !== "group" && !answers.has(item.linkId) && isEnabled(item, answers))
      problems.push({ path: item.linkId, key: "response.requiredMissing" });
  }
  return problems;
}

function isOption(item: QuestionnaireItem, answer: QuestionnaireResponseItemAnswer): boolean {
  return (item.answerOption ?? []).some((o) =>
    o.valueCoding
      ? o.valueCoding.code === answer.valueCoding?.code && o.valueCoding.system === answer.valueCoding?.system
      : o.valueInteger !== undefined
        ? o.valueInteger === answer.valueInteger
        : o.valueString !== undefined && o.valueString === answer.valueString,
  );
}
