// A clinic's import: a FHIR R4 Questionnaire they are licensed to use and our scoring definition for it,
// checked together. Either both come back parsed, or every problem found, each a JSON path and a key.
import type { Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import { flattenItems, isNumericItem, itemRange } from "./items";
import { ScoringDefinition } from "./scoring";
import { questionnaireProblems, type ImportProblem } from "./validate-items";

export type { ImportProblem } from "./validate-items";

export type QuestionnaireImport =
  { ok: true; questionnaire: Questionnaire; scoring: ScoringDefinition } | { ok: false; problems: ImportProblem[] };

/** `json`: `{ "questionnaire": { "resourceType": "Questionnaire", ... }, "scoring": { ... } }`. */
export function validateQuestionnaireImport(json: unknown): QuestionnaireImport {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, problems: [{ path: "", key: "import.notObject" }] };
  const { questionnaire, scoring } = json as { questionnaire?: unknown; scoring?: unknown };
  const problems = questionnaireProblems(questionnaire);
  const parsed = ScoringDefinition.safeParse(scoring);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.message.startsWith("scoring.") ? issue.message : "scoring.invalid";
      problems.push({ path: ["scoring", ...issue.path.map(String)].join("."), key });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const checked = questionnaire as Questionnaire;
  const scoringProblems = scoringConsistency(checked, parsed.data);
  if (scoringProblems.length > 0) return { ok: false, problems: scoringProblems };
  return { ok: true, questionnaire: checked, scoring: parsed.data };
}

/** The scoring definition against the items: every scored item exists, holds a number and has the bounds it needs. */
export function scoringConsistency(questionnaire: Questionnaire, scoring: ScoringDefinition): ImportProblem[] {
  const byLinkId = new Map(flattenItems(questionnaire).map(({ item }) => [item.linkId, item]));
  const problems: ImportProblem[] = [];
  const check = (linkIds: string[], path: string, needsRange: boolean) =>
    linkIds.forEach((linkId, i) => {
      const item = byLinkId.get(linkId);
      const at = `${path}[${i}]`;
      if (!item) problems.push({ path: at, key: "scoring.unknownItem", params: { linkId } });
      else if (!isNumericItem(item)) problems.push({ path: at, key: "scoring.itemNotNumeric", params: { linkId } });
      else if (needsRange && !itemRange(item))
        problems.push({ path: at, key: "scoring.itemNeedsRange", params: { linkId } });
    });
  check(scoring.items, "scoring.items", scoring.rescale);
  check(scoring.reverse, "scoring.reverse", true);
  scoring.subscales.forEach((s, i) => check(s.items, `scoring.subscales[${i}].items`, scoring.rescale));
  const scored = new Set([...scoring.items, ...scoring.subscales.flatMap((s) => s.items)]);
  scoring.reverse.forEach((linkId, i) => {
    if (byLinkId.has(linkId) && !scored.has(linkId))
      problems.push({ path: `scoring.reverse[${i}]`, key: "scoring.reverseNotScored", params: { linkId } });
  });
  const ids = scoring.subscales.map((s) => s.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({ path: `scoring.subscales[${i}].id`, key: "scoring.subscaleDuplicate", params: { id } });
  });
  for (const [name, list] of [
    ["items", scoring.items],
    ["reverse", scoring.reverse],
  ] as const) {
    if (new Set(list).size !== list.length) problems.push({ path: `scoring.${name}`, key: "scoring.itemRepeated" });
  }
  if (scoring.minAnswered !== undefined && scoring.minAnswered > scoring.items.length)
    problems.push({
      path: "scoring.minAnswered",
      key: "scoring.minAnsweredTooHigh",
      params: { max: scoring.items.length },
    });
  if (problems.length === 0)
    problems.push(
      ...rangeProblems(
        scoring,
        scoring.items.map((id) => byLinkId.get(id)!),
      ),
    );
  return problems;
}

// When every scored item has bounds, the declared range must be the one the method gives: a manual misread
// (a sum's range given for a mean) would otherwise put every score on the wrong scale.
function rangeProblems(scoring: ScoringDefinition, items: QuestionnaireItem[]): ImportProblem[] {
  const ranges = items.map(itemRange);
  if (ranges.some((r) => r === undefined)) return [];
  const known = ranges as { min: number; max: number }[];
  const combine = (values: number[]) =>
    scoring.method === "sum" ? values.reduce((a, b) => a + b, 0) : values.reduce((a, b) => a + b, 0) / values.length;
  const min = combine(known.map((r) => r.min));
  const max = combine(known.map((r) => r.max));
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  if (close(min, scoring.range.min) && close(max, scoring.range.max)) return [];
  return [{ path: "scoring.range", key: "scoring.rangeMismatch", params: { min, max } }];
}
