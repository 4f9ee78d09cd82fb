// The part of FHIR R4 Questionnaire we render and score, checked item by item. Each problem is a JSON path
// and a message key ("questionnaire.*", "item.*") the import screen translates.
import type { QuestionnaireItem } from "@medplum/fhirtypes";
import { MAX_VALUE_URL, MIN_VALUE_URL } from "./items";

export type ImportProblem = { path: string; key: string; params?: Record<string, string | number> };

export const SUPPORTED_ITEM_TYPES = ["group", "display", "choice", "integer", "decimal", "string", "text"] as const;
export const QUESTIONNAIRE_STATUSES = ["draft", "active", "retired", "unknown"] as const;
const OPERATORS = ["exists", "=", "!=", ">", "<", ">=", "<="];
const ANSWER_KEYS = ["answerBoolean", "answerDecimal", "answerInteger", "answerString", "answerCoding"];
const OPTION_KEYS = ["valueInteger", "valueCoding", "valueString"];
/** More than any outcome questionnaire we know (KOOS has 42 items), small enough to render on a phone. */
export const MAX_ITEMS = 200;
/** Groups within groups, at most this deep: more is no questionnaire a phone can show. */
export const MAX_DEPTH = 5;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === "string" && v.trim().length > 0;

/** The questionnaire's own fields and every item; returns the problems found (none: it is one we support). */
export function questionnaireProblems(q: unknown, at = "questionnaire"): ImportProblem[] {
  if (!isObject(q)) return [{ path: at, key: "questionnaire.notObject" }];
  const problems: ImportProblem[] = [];
  if (q.resourceType !== "Questionnaire")
    problems.push({ path: `${at}.resourceType`, key: "questionnaire.resourceType" });
  if (!QUESTIONNAIRE_STATUSES.includes(q.status as never))
    problems.push({ path: `${at}.status`, key: "questionnaire.status" });
  if (q.title !== undefined && !isText(q.title)) problems.push({ path: `${at}.title`, key: "questionnaire.title" });
  if (!Array.isArray(q.item) || q.item.length === 0) {
    problems.push({ path: `${at}.item`, key: "questionnaire.noItems" });
    return problems;
  }
  const all: { item: Record<string, unknown>; path: string }[] = [];
  const collect = (items: unknown[], prefix: string, depth: number) =>
    items.forEach((item, i) => {
      const path = `${prefix}.item[${i}]`;
      if (!isObject(item)) return problems.push({ path, key: "item.notObject" });
      all.push({ item, path });
      if (!Array.isArray(item.item)) return;
      if (depth >= MAX_DEPTH) return problems.push({ path, key: "item.tooDeep", params: { max: MAX_DEPTH } });
      collect(item.item, path, depth + 1);
    });
  collect(q.item, at, 1);
  if (all.length > MAX_ITEMS)
    return [...problems, { path: `${at}.item`, key: "questionnaire.tooManyItems", params: { max: MAX_ITEMS } }];
  const seen = new Map<string, QuestionnaireItem>();
  for (const { item, path } of all) {
    if (!isText(item.linkId)) problems.push({ path: `${path}.linkId`, key: "item.linkIdMissing" });
    else if (seen.has(item.linkId as string))
      problems.push({ path: `${path}.linkId`, key: "item.linkIdDuplicate", params: { linkId: item.linkId as string } });
    else seen.set(item.linkId as string, item as unknown as QuestionnaireItem);
  }
  for (const { item, path } of all) problems.push(...itemProblems(item, path, seen));
  return problems;
}

function itemProblems(
  item: Record<string, unknown>,
  path: string,
  byLinkId: Map<string, QuestionnaireItem>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const type = item.type;
  if (!SUPPORTED_ITEM_TYPES.includes(type as never)) {
    return [{ path: `${path}.type`, key: "item.typeUnsupported", params: { type: String(type) } }];
  }
  if (type !== "display" && type !== "group" && item.text !== undefined && typeof item.text !== "string")
    problems.push({ path: `${path}.text`, key: "item.text" });
  const children = Array.isArray(item.item) ? item.item.length : 0;
  if (type === "group" && children === 0) problems.push({ path: `${path}.item`, key: "item.groupEmpty" });
  if (type !== "group" && children > 0) problems.push({ path: `${path}.item`, key: "item.childrenOnlyInGroups" });
  if (type === "choice") problems.push(...optionProblems(item.answerOption, `${path}.answerOption`));
  if (type === "integer" || type === "decimal") problems.push(...boundProblems(item, path));
  if (item.enableWhen !== undefined) problems.push(...enableWhenProblems(item, path, byLinkId));
  return problems;
}

function optionProblems(options: unknown, path: string): ImportProblem[] {
  if (!Array.isArray(options) || options.length === 0) return [{ path, key: "item.choiceWithoutOptions" }];
  return options.flatMap((option, i) => {
    const values = isObject(option) ? OPTION_KEYS.filter((k) => option[k] !== undefined) : [];
    const ok =
      values.length === 1 &&
      isObject(option) &&
      (values[0] !== "valueInteger" || Number.isInteger(option.valueInteger)) &&
      (values[0] !== "valueCoding" || (isObject(option.valueCoding) && isText(option.valueCoding.code)));
    return ok ? [] : [{ path: `${path}[${i}]`, key: "item.optionInvalid" }];
  });
}

function boundProblems(item: Record<string, unknown>, path: string): ImportProblem[] {
  const extensions = Array.isArray(item.extension) ? item.extension.filter(isObject) : [];
  const bound = (url: string) => {
    const e = extensions.find((x) => x.url === url);
    return e === undefined ? undefined : (e.valueInteger ?? e.valueDecimal ?? null);
  };
  const min = bound(MIN_VALUE_URL);
  const max = bound(MAX_VALUE_URL);
  const wrong = [min, max].some((v) => v !== undefined && (typeof v !== "number" || !Number.isFinite(v)));
  if (wrong) return [{ path: `${path}.extension`, key: "item.boundNotNumber" }];
  if (typeof min === "number" && typeof max === "number" && min >= max)
    return [{ path: `${path}.extension`, key: "item.rangeInverted" }];
  return [];
}

function enableWhenProblems(
  item: Record<string, unknown>,
  path: string,
  byLinkId: Map<string, QuestionnaireItem>,
): ImportProblem[] {
  if (!Array.isArray(item.enableWhen) || item.enableWhen.length === 0)
    return [{ path: `${path}.enableWhen`, key: "item.enableWhenInvalid" }];
  return item.enableWhen.flatMap((condition, i): ImportProblem[] => {
    const at = `${path}.enableWhen[${i}]`;
    if (!isObject(condition)) return [{ path: at, key: "item.enableWhenInvalid" }];
    const question = condition.question;
    if (typeof question !== "string" || !byLinkId.has(question) || question === item.linkId)
      return [
        { path: `${at}.question`, key: "item.enableWhenUnknownQuestion", params: { question: String(question) } },
      ];
    if (!OPERATORS.includes(condition.operator as string))
      return [{ path: `${at}.operator`, key: "item.enableWhenOperator" }];
    const answers = ANSWER_KEYS.filter((k) => condition[k] !== undefined);
    if (answers.length !== 1) return [{ path: at, key: "item.enableWhenAnswer" }];
    if (condition.operator === "exists" && answers[0] !== "answerBoolean")
      return [{ path: at, key: "item.enableWhenAnswer" }];
    return [];
  });
}
