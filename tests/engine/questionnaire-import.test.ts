import { describe, expect, it } from "vitest";
import {
  SHIPPED_KEYS,
  SHIPPED_SCORING,
  shippedQuestionnaire,
  validateQuestionnaireImport,
  type ImportProblem,
} from "@/lib/engine";
import { madeUpQuestionnaire, madeUpScoring } from "../fixtures/made-up-questionnaire";

type Json = { questionnaire: any; scoring: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const valid = (): Json => ({ questionnaire: madeUpQuestionnaire(), scoring: madeUpScoring() });
const daily = (j: Json) => j.questionnaire.item[1].item;
const sport = (j: Json) => j.questionnaire.item[2].item;

function refused(json: unknown): ImportProblem[] {
  const result = validateQuestionnaireImport(json);
  if (result.ok) throw new Error("expected the import to be refused");
  return result.problems;
}

describe("validateQuestionnaireImport", () => {
  it("accepts the made-up licensed-style questionnaire with its scoring, defaults filled in", () => {
    const result = validateQuestionnaireImport(valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.questionnaire.title).toBe("Made-up Leg Scale");
    expect(result.scoring).toMatchObject({ method: "sum", reverse: ["b2"], rescale: true, mcid: 10 });
  });

  it.each(SHIPPED_KEYS.flatMap((key) => (["en", "nl"] as const).map((locale) => [key, locale] as const)))(
    "accepts the shipped %s questionnaire (%s) with its own scoring",
    (key, locale) => {
      const result = validateQuestionnaireImport({
        questionnaire: shippedQuestionnaire(key, locale),
        scoring: SHIPPED_SCORING[key],
      });
      expect(result).toMatchObject({ ok: true });
    },
  );

  it("gives the shipped questionnaires the same linkIds in both languages and different texts", () => {
    for (const key of SHIPPED_KEYS) {
      const [en, nl] = [shippedQuestionnaire(key, "en"), shippedQuestionnaire(key, "nl")];
      const ids = (q: typeof en) => JSON.stringify(q.item, (k, v) => (k === "text" || k === "title" ? undefined : v));
      expect(ids(nl)).toBe(ids(en));
      expect(nl.item![0]!.text).not.toBe(en.item![0]!.text);
    }
  });

  const broken: [string, (j: Json) => unknown, ImportProblem][] = [
    ["not an object", () => [1, 2], { path: "", key: "import.notObject" }],
    [
      "another resource type",
      (j) => ((j.questionnaire.resourceType = "Patient"), j),
      { path: "questionnaire.resourceType", key: "questionnaire.resourceType" },
    ],
    [
      "no status",
      (j) => (delete j.questionnaire.status, j),
      { path: "questionnaire.status", key: "questionnaire.status" },
    ],
    ["no items", (j) => ((j.questionnaire.item = []), j), { path: "questionnaire.item", key: "questionnaire.noItems" }],
    [
      "an item type we do not render",
      (j) => ((daily(j)[0].type = "attachment"), j),
      { path: "questionnaire.item[1].item[0].type", key: "item.typeUnsupported", params: { type: "attachment" } },
    ],
    [
      "a repeated linkId",
      (j) => ((daily(j)[1].linkId = "a1"), j),
      { path: "questionnaire.item[1].item[1].linkId", key: "item.linkIdDuplicate", params: { linkId: "a1" } },
    ],
    [
      "an item without a linkId",
      (j) => (delete sport(j)[2].linkId, j),
      { path: "questionnaire.item[2].item[2].linkId", key: "item.linkIdMissing" },
    ],
    [
      "enableWhen on an item that does not exist",
      (j) => ((sport(j)[1].enableWhen[0].question = "zz"), j),
      {
        path: "questionnaire.item[2].item[1].enableWhen[0].question",
        key: "item.enableWhenUnknownQuestion",
        params: { question: "zz" },
      },
    ],
    [
      "enableWhen with an unknown operator",
      (j) => ((sport(j)[1].enableWhen[0].operator = "~"), j),
      { path: "questionnaire.item[2].item[1].enableWhen[0].operator", key: "item.enableWhenOperator" },
    ],
    [
      "a choice without options",
      (j) => (delete daily(j)[1].answerOption, j),
      { path: "questionnaire.item[1].item[1].answerOption", key: "item.choiceWithoutOptions" },
    ],
    [
      "an option with two values",
      (j) => ((daily(j)[1].answerOption[0].valueString = "x"), j),
      { path: "questionnaire.item[1].item[1].answerOption[0]", key: "item.optionInvalid" },
    ],
    [
      "a minimum above the maximum",
      (j) => ((sport(j)[0].extension[0].valueInteger = 11), j),
      { path: "questionnaire.item[2].item[0].extension", key: "item.rangeInverted" },
    ],
    [
      "a bound that is not a number",
      (j) => ((sport(j)[0].extension[1] = { url: sport(j)[0].extension[1].url, valueString: "10" }), j),
      { path: "questionnaire.item[2].item[0].extension", key: "item.boundNotNumber" },
    ],
    [
      "an empty group",
      (j) => ((j.questionnaire.item[2].item = []), j),
      { path: "questionnaire.item[2].item", key: "item.groupEmpty" },
    ],
    [
      "a scoring method we do not know",
      (j) => ((j.scoring.method = "median"), j),
      { path: "scoring.method", key: "scoring.invalid" },
    ],
    [
      "an inverted result range",
      (j) => ((j.scoring.range = { min: 29, max: 0 }), j),
      { path: "scoring.range.max", key: "scoring.rangeInverted" },
    ],
    [
      "a scored item that does not exist",
      (j) => (j.scoring.items.push("nope"), j),
      { path: "scoring.items[5]", key: "scoring.unknownItem", params: { linkId: "nope" } },
    ],
    [
      "a scored free-text item",
      (j) => (j.scoring.items.push("b3"), j),
      { path: "scoring.items[5]", key: "scoring.itemNotNumeric", params: { linkId: "b3" } },
    ],
    [
      "a scored coded choice without ordinal values",
      (j) => (
        daily(j)[0].answerOption.forEach(
          (o: { valueCoding: { extension?: unknown } }) => delete o.valueCoding.extension,
        ),
        j
      ),
      { path: "scoring.items[0]", key: "scoring.itemNotNumeric", params: { linkId: "a1" } },
    ],
    [
      "a reverse item without bounds",
      (j) => (delete sport(j)[1].extension, j),
      { path: "scoring.items[4]", key: "scoring.itemNeedsRange", params: { linkId: "b2" } },
    ],
    [
      "a reverse item that is not scored",
      (j) => (
        (j.scoring.reverse = ["a1"]),
        (j.scoring.items = ["a2", "a3", "b1", "b2"]),
        (j.scoring.subscales = []),
        (j.scoring.range = { min: 0, max: 26 }),
        j
      ),
      { path: "scoring.reverse[0]", key: "scoring.reverseNotScored", params: { linkId: "a1" } },
    ],
    [
      "a range that is not the method's",
      (j) => ((j.scoring.range = { min: 0, max: 100 }), j),
      { path: "scoring.range", key: "scoring.rangeMismatch", params: { min: 0, max: 29 } },
    ],
    [
      "a mean given a sum's range",
      (j) => ((j.scoring.method = "mean"), j),
      { path: "scoring.range", key: "scoring.rangeMismatch", params: { min: 0, max: 5.8 } },
    ],
    [
      "more answers needed than items",
      (j) => ((j.scoring.minAnswered = 6), j),
      { path: "scoring.minAnswered", key: "scoring.minAnsweredTooHigh", params: { max: 5 } },
    ],
    [
      "two subscales with one id",
      (j) => ((j.scoring.subscales[1].id = "daily"), j),
      { path: "scoring.subscales[1].id", key: "scoring.subscaleDuplicate", params: { id: "daily" } },
    ],
  ];

  it.each(broken)("refuses %s, naming where and why", (_label, mutate, problem) => {
    expect(refused(mutate(valid()))).toContainEqual(problem);
  });

  it("lists every problem of a questionnaire and its scoring at once", () => {
    const j = valid();
    j.questionnaire.status = "final";
    daily(j)[0].type = "boolean";
    j.scoring.direction = "up";
    const keys = refused(j).map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(["questionnaire.status", "item.typeUnsupported", "scoring.invalid"]));
  });
});
