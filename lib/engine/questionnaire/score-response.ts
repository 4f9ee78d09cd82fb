// A response's score by the clinic's scoring definition: the total, the subscales, how complete it is,
// and, against a baseline score, whether the change is at least the minimal clinically important difference.
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from "@medplum/fhirtypes";
import { answerNumber, answersByLinkId } from "./answers";
import { flattenItems, itemRange } from "./items";
import type { ScoreDirection, ScoreMethod, ScoringDefinition } from "./scoring";

export type ScoreChange = {
  baseline: number;
  /** Current minus baseline, on the reported scale. */
  change: number;
  /** The change in the better direction (negative: worse), whatever the scale's direction. */
  betterBy: number;
  /** Better by at least the MCID; null when the definition has none. */
  passesMcid: boolean | null;
  /** Worse by at least the MCID; null when the definition has none. */
  worseByMcid: boolean | null;
};

export type QuestionnaireScore = {
  /** On the reported scale (0-100 when rescaled); null with fewer answers than the definition needs. */
  total: number | null;
  subscales: Record<string, number | null>;
  /** The total's items answered with a value we can score, of `expected`. */
  answered: number;
  expected: number;
  /** answered / expected, 0-1. */
  completeness: number;
  change: ScoreChange | null;
};

const round = (n: number) => Math.round(n * 100) / 100;
const EPSILON = 1e-9;

export function scoreResponse(
  questionnaire: Questionnaire,
  scoring: ScoringDefinition,
  response: Pick<QuestionnaireResponse, "item">,
  baseline?: number | null,
): QuestionnaireScore {
  const items = new Map(flattenItems(questionnaire).map(({ item }) => [item.linkId, item]));
  const answers = answersByLinkId(response);
  const reversed = new Set(scoring.reverse);
  const valueOf = (linkId: string): number | undefined => {
    const item = items.get(linkId);
    const answer = answers.get(linkId)?.[0];
    if (!item || !answer) return undefined;
    const value = answerNumber(item, answer);
    const range = itemRange(item);
    return value !== undefined && reversed.has(linkId) && range ? range.min + range.max - value : value;
  };
  const needed = scoring.minAnswered ?? scoring.items.length;
  const boundsOf = (linkId: string) => {
    const item = items.get(linkId);
    return item ? itemRange(item) : undefined;
  };
  const raw = combine(scoring.items.map(valueOf), scoring.items.map(boundsOf), scoring.method, needed);
  const total = raw === null ? null : round(scoring.rescale ? toHundred(raw, scoring.range) : raw);
  const subscales: Record<string, number | null> = {};
  for (const subscale of scoring.subscales) {
    const method = subscale.method ?? scoring.method;
    // The same share of answers as the total needs, at least one.
    const share = Math.max(1, Math.ceil((subscale.items.length * needed) / scoring.items.length));
    const value = combine(subscale.items.map(valueOf), subscale.items.map(boundsOf), method, share);
    const range = scoring.rescale
      ? rangeOf(
          subscale.items.map((id) => items.get(id)),
          method,
        )
      : undefined;
    subscales[subscale.id] = value === null ? null : round(range ? toHundred(value, range) : value);
  }
  const answered = scoring.items.filter((id) => valueOf(id) !== undefined).length;
  return {
    total,
    subscales,
    answered,
    expected: scoring.items.length,
    completeness: round(answered / scoring.items.length),
    change: total === null || baseline == null ? null : compareScores(scoring, baseline, total),
  };
}

/** A change from `baseline` to `current`, both on the reported scale, read in the scale's direction. */
export function compareScores(
  scoring: { direction: ScoreDirection; mcid?: number },
  baseline: number,
  current: number,
): ScoreChange {
  const change = round(current - baseline);
  const betterBy = scoring.direction === "higher_is_better" ? change : -change;
  const mcid = scoring.mcid;
  return {
    baseline,
    change,
    betterBy: betterBy === 0 ? 0 : betterBy,
    passesMcid: mcid === undefined ? null : betterBy >= mcid - EPSILON,
    worseByMcid: mcid === undefined ? null : -betterBy >= mcid - EPSILON,
  };
}

// A sum with items missing is prorated: the answered items' share of their possible points, applied to
// every item's points (with equal bounds, the mean of the answered items times the number of items).
function combine(
  values: (number | undefined)[],
  ranges: ({ min: number; max: number } | undefined)[],
  method: ScoreMethod,
  needed: number,
): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0 || known.length < needed) return null;
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  if (method === "mean") return mean;
  if (known.length === values.length) return mean * values.length;
  if (ranges.some((r) => r === undefined)) return mean * values.length;
  const bounds = ranges as { min: number; max: number }[];
  const answered = bounds.filter((_, i) => values[i] !== undefined);
  const got = values.reduce<number>((sum, v, i) => (v === undefined ? sum : sum + v - bounds[i]!.min), 0);
  const share = got / answered.reduce((sum, r) => sum + r.max - r.min, 0);
  const min = bounds.reduce((sum, r) => sum + r.min, 0);
  return min + share * bounds.reduce((sum, r) => sum + r.max - r.min, 0);
}

function rangeOf(items: (QuestionnaireItem | undefined)[], method: ScoreMethod) {
  const ranges = items.map((item) => (item ? itemRange(item) : undefined));
  if (ranges.some((r) => r === undefined)) return undefined;
  const known = ranges as { min: number; max: number }[];
  const fold = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (method === "mean" ? xs.length : 1);
  return { min: fold(known.map((r) => r.min)), max: fold(known.map((r) => r.max)) };
}

const toHundred = (value: number, range: { min: number; max: number }) =>
  ((value - range.min) / (range.max - range.min)) * 100;
