import { describe, expect, it } from "vitest";
import type { Questionnaire } from "@medplum/fhirtypes";
import {
  compareScores,
  responseProblems,
  ScoringDefinition,
  scoreResponse,
  SHIPPED_SCORING,
  shippedQuestionnaire,
} from "@/lib/engine";
import { madeUpQuestionnaire, madeUpResponse, madeUpScoring } from "../fixtures/made-up-questionnaire";

const questionnaire = madeUpQuestionnaire();
const scoring = ScoringDefinition.parse(madeUpScoring());

describe("scoreResponse: the made-up scale (sum of five, b2 reversed, rescaled to 0-100, two subscales)", () => {
  it.each([
    ["the best answers", { a1: { code: "a" }, a2: 3, a3: 3, b1: 10, b2: 0 }, 100, { daily: 100, sport: 100 }, 1],
    [
      "the worst answers (b2 reversed: 10 is worst)",
      { a1: { code: "n" }, a2: 0, a3: 0, b1: 0, b2: 10 },
      0,
      { daily: 0, sport: 0 },
      1,
    ],
    // raw 1 + 2 + 1 + 5 + (10 - 3) = 16 of 29; daily 4 of 9; sport 12 of 20
    ["answers in between", { a1: { code: "s" }, a2: 2, a3: 1, b1: 5, b2: 3 }, 55.17, { daily: 44.44, sport: 60 }, 1],
    // four of five answered: prorated on the points possible, 9 of 19 → 29 × 9 / 19 = 13.74 of 29; sport needs both
    ["b2 missing (prorated)", { a1: { code: "s" }, a2: 2, a3: 1, b1: 5 }, 47.37, { daily: 44.44, sport: null }, 0.8],
    ["two missing (below minAnswered)", { a1: { code: "a" }, a2: 3, a3: 3 }, null, { daily: 100, sport: null }, 0.6],
    [
      "a value out of bounds counts as missing",
      { a1: { code: "a" }, a2: 3, a3: 7, b1: 10, b2: 0 },
      100,
      { daily: null, sport: 100 },
      0.8,
    ],
    [
      "an unknown code counts as missing",
      { a1: { code: "zz" }, a2: 3, a3: 3, b1: 10 },
      null,
      { daily: null, sport: null },
      0.6,
    ],
  ] as const)("%s", (_label, answers, total, subscales, completeness) => {
    const score = scoreResponse(questionnaire, scoring, madeUpResponse(answers as never));
    expect(score.total).toBe(total);
    expect(score.subscales).toEqual(subscales);
    expect(score.completeness).toBe(completeness);
    expect(score.expected).toBe(5);
  });

  it("reads answers nested in groups, as a FHIR form filler sends them", () => {
    const flat = scoreResponse(
      questionnaire,
      scoring,
      madeUpResponse({ a1: { code: "s" }, a2: 2, a3: 1, b1: 5, b2: 3 }),
    );
    const nested = scoreResponse(questionnaire, scoring, {
      item: [
        { linkId: "daily", item: madeUpResponse({ a1: { code: "s" }, a2: 2, a3: 1 }).item },
        { linkId: "sport", item: madeUpResponse({ b1: 5, b2: 3 }).item },
      ],
    });
    expect(nested).toEqual(flat);
  });
});

describe("scoreResponse: sum against mean, raw scale", () => {
  const bounded = (linkId: string) => ({
    linkId,
    type: "integer" as const,
    extension: [
      { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
      { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 4 },
    ],
  });
  const three: Questionnaire = {
    resourceType: "Questionnaire",
    status: "active",
    item: ["q1", "q2", "q3"].map(bounded),
  };
  const definition = (method: "sum" | "mean", extra: object = {}) =>
    ScoringDefinition.parse({
      method,
      items: ["q1", "q2", "q3"],
      range: method === "sum" ? { min: 0, max: 12 } : { min: 0, max: 4 },
      direction: "lower_is_better",
      ...extra,
    });

  it.each([
    ["sum", { q1: 1, q2: 2, q3: 4 }, {}, 7],
    ["mean", { q1: 1, q2: 2, q3: 4 }, {}, 2.33],
    ["sum", { q1: 1, q2: 2 }, {}, null],
    ["sum", { q1: 1, q2: 2 }, { minAnswered: 2 }, 4.5],
    ["mean", { q1: 1, q2: 2 }, { minAnswered: 2 }, 1.5],
    ["mean", { q1: 1 }, { minAnswered: 2 }, null],
    ["sum", { q1: 4, q2: 4, q3: 4 }, { reverse: ["q2"] }, 8],
    ["mean", { q1: 0, q2: 0, q3: 0 }, { reverse: ["q1", "q2", "q3"] }, 4],
    ["sum", { q1: 3, q2: 3, q3: 3 }, { rescale: true }, 75],
  ] as const)("%s of %j with %j is %s", (method, answers, extra, total) => {
    expect(scoreResponse(three, definition(method, extra), madeUpResponse(answers)).total).toBe(total);
  });
});

describe("the change from a baseline against the MCID, in both directions", () => {
  it.each([
    [
      "higher is better, up by the MCID",
      "higher_is_better",
      10,
      40,
      50,
      { change: 10, betterBy: 10, passesMcid: true, worseByMcid: false },
    ],
    [
      "higher is better, up by less",
      "higher_is_better",
      10,
      40,
      49.5,
      { change: 9.5, passesMcid: false, worseByMcid: false },
    ],
    [
      "higher is better, down by the MCID",
      "higher_is_better",
      10,
      40,
      28,
      { change: -12, betterBy: -12, passesMcid: false, worseByMcid: true },
    ],
    [
      "lower is better, down by the MCID",
      "lower_is_better",
      2,
      6,
      4,
      { change: -2, betterBy: 2, passesMcid: true, worseByMcid: false },
    ],
    ["lower is better, down by less", "lower_is_better", 2, 6, 5, { change: -1, betterBy: 1, passesMcid: false }],
    [
      "lower is better, up by the MCID",
      "lower_is_better",
      2,
      3,
      6,
      { change: 3, betterBy: -3, passesMcid: false, worseByMcid: true },
    ],
    ["decimals at the MCID", "lower_is_better", 0.3, 0.7, 0.4, { passesMcid: true }],
    ["no MCID", "higher_is_better", undefined, 1, 9, { change: 8, passesMcid: null, worseByMcid: null }],
  ] as const)("%s", (_label, direction, mcid, baseline, current, expected) => {
    expect(compareScores({ direction, mcid }, baseline, current)).toMatchObject({ baseline, ...expected });
  });

  it("is part of a response's score when a baseline is given, and absent without a total", () => {
    const answers = { a1: { code: "s" }, a2: 2, a3: 1, b1: 5, b2: 3 } as const;
    expect(scoreResponse(questionnaire, scoring, madeUpResponse(answers), 40).change).toMatchObject({
      change: 15.17,
      passesMcid: true,
    });
    expect(scoreResponse(questionnaire, scoring, madeUpResponse({ a1: { code: "s" } }), 40).change).toBeNull();
  });
});

describe("the shipped questionnaires", () => {
  it("scores the pain rating as the number given, lower being better", () => {
    const nprs = shippedQuestionnaire("nprs", "nl");
    const score = scoreResponse(nprs, SHIPPED_SCORING.nprs, madeUpResponse({ pain: 7 }), 3);
    expect(score).toMatchObject({ total: 7, completeness: 1, change: { betterBy: -4, worseByMcid: true } });
  });

  it("scores the activity scale as the mean of the rated activities, one being enough", () => {
    const psfs = shippedQuestionnaire("psfs", "en");
    const two = madeUpResponse({
      "activity-1-name": "Running",
      "activity-1-score": 4,
      "activity-2-name": "Stairs",
      "activity-2-score": 7,
    });
    expect(scoreResponse(psfs, SHIPPED_SCORING.psfs, two)).toMatchObject({ total: 5.5, answered: 2, expected: 3 });
    expect(
      scoreResponse(psfs, SHIPPED_SCORING.psfs, madeUpResponse({ "activity-1-name": "Hopping" })).total,
    ).toBeNull();
  });
});

describe("responseProblems", () => {
  const psfs = shippedQuestionnaire("psfs", "en");
  it("accepts a filled-in activity scale", () => {
    const response = madeUpResponse({ "activity-1-name": "Running", "activity-1-score": 4 });
    expect(responseProblems(psfs, response)).toEqual([]);
  });

  it.each([
    ["not a response", { resourceType: "Patient", status: "completed" }, "response.resourceType"],
    [
      "an unfinished response",
      { ...madeUpResponse({ "activity-1-name": "Run", "activity-1-score": 4 }), status: "in-progress" },
      "response.status",
    ],
    [
      "a score above 10",
      madeUpResponse({ "activity-1-name": "Run", "activity-1-score": 11 }),
      "response.valueOutOfRange",
    ],
    [
      "an answer to an item that does not exist",
      madeUpResponse({ "activity-1-name": "Run", "activity-1-score": 4, zz: 1 }),
      "response.unknownItem",
    ],
    ["the first activity left out", madeUpResponse({}), "response.requiredMissing"],
    [
      "a named activity without its score",
      madeUpResponse({ "activity-1-name": "Run", "activity-1-score": 4, "activity-2-name": "Hop" }),
      "response.requiredMissing",
    ],
    [
      "an empty activity name",
      madeUpResponse({ "activity-1-name": " ", "activity-1-score": 4 }),
      "response.textInvalid",
    ],
  ])("refuses %s", (_label, response, key) => {
    expect(responseProblems(psfs, response).map((p) => p.key)).toContain(key);
  });

  it("refuses a coded answer that is not one of the options", () => {
    const response = madeUpResponse({ a1: { code: "zz" } });
    expect(responseProblems(questionnaire, response)).toContainEqual({ path: "a1", key: "response.valueOutOfRange" });
  });
});
