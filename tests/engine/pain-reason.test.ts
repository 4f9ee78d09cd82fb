// The decision quotes the highest pain score over the limit and names which one ("during the session: 4/10"),
// so the runner and the physio see what held the day without opening the check-in.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { highestPain, judgeStandardDay, judgeTendonDay } from "@/lib/engine/pain";
import { engineMessages } from "@/lib/i18n/engine-messages";
import { buildCheckIn, buildIntake, buildScenario, buildSettings, stateOn } from "./factories";

const START = "2025-03-03";
const say = (
  locale: "en" | "nl",
  key: keyof (typeof engineMessages)["en"],
  params: Record<string, unknown> | undefined,
) =>
  String(new IntlMessageFormat(engineMessages[locale][key], locale).format(params as Record<string, string | number>));

describe("highest pain score and which one", () => {
  // Pain-free day, DOMAIN §3: every score at or below the tolerance; the highest one is the one to quote.
  it.each([
    {
      scores: { painDuring: 4 },
      tolerance: 2,
      which: "during",
      score: 4,
      en: "during the session: 4/10",
      nl: "tijdens de training: 4/10",
    },
    {
      scores: { painAfter: 3, painDuring: 1 },
      tolerance: 0,
      which: "after",
      score: 3,
      en: "after the session: 3/10",
      nl: "na de training: 3/10",
    },
    {
      scores: { painRest: 2, painMorning: 2 },
      tolerance: 1,
      which: "rest",
      score: 2,
      en: "at rest: 2/10",
      nl: "in rust: 2/10",
    },
    {
      scores: { painMorning: 5, painRest: 1 },
      tolerance: 2,
      which: "morning",
      score: 5,
      en: "when you woke up: 5/10",
      nl: "bij het wakker worden: 5/10",
    },
    {
      scores: { painDuring: 3, painAfter: 3 },
      tolerance: 2,
      which: "during",
      score: 3,
      en: "during the session: 3/10",
      nl: "tijdens de training: 3/10",
    },
  ] as const)("$scores over $tolerance quotes $which $score/10", ({ scores, tolerance, which, score, en, nl }) => {
    const judged = judgeStandardDay(buildCheckIn(scores), tolerance);
    expect(judged.painFree).toBe(false);
    expect(judged.reasons).toEqual([{ key: "reason.hold.painReported", params: { score, which, tolerance } }]);
    expect(say("en", "reason.hold.painReported", judged.reasons[0]?.params)).toContain(en);
    expect(say("nl", "reason.hold.painReported", judged.reasons[0]?.params)).toContain(nl);
    expect(say("en", "reason.hold.painReported", judged.reasons[0]?.params)).toContain(`limit of ${tolerance}/10`);
  });

  it("a day at the limit is pain-free and quotes nothing", () => {
    expect(judgeStandardDay(buildCheckIn({ painDuring: 2, painAfter: 2 }), 2)).toEqual({ painFree: true, reasons: [] });
  });

  // Silbernagel et al. 2007: load pain (during/after) up to 5 is accepted; rest pain above the baseline is not.
  it.each([
    { scores: { painAfter: 6, painDuring: 4 }, which: "after", score: 6, tolerance: 5 },
    { scores: { painDuring: 7 }, which: "during", score: 7, tolerance: 5 },
    { scores: { painRest: 2 }, which: "rest", score: 2, tolerance: 0 },
  ] as const)("tendon day $scores quotes $which $score/10", ({ scores, which, score, tolerance }) => {
    const judged = judgeTendonDay(buildCheckIn(scores), 0, false);
    expect(judged.reasons).toEqual([{ key: "reason.hold.painReported", params: { score, which, tolerance } }]);
  });

  it.each([
    { among: ["after", "rest"], scores: { painAfter: 6, painRest: 7 }, which: "rest", score: 7 },
    { among: ["after", "rest"], scores: { painAfter: 7, painRest: 7 }, which: "after", score: 7 },
    { among: ["during", "after"], scores: { painDuring: 0, painAfter: 0, painRest: 9 }, which: "during", score: 0 },
  ] as const)("highestPain among $among of $scores is $which", ({ among, scores, which, score }) => {
    expect(highestPain(buildCheckIn(scores), among)).toEqual({ which, score });
  });
});

describe("through the whole replay", () => {
  it("a painful day's decision names the score that held it", () => {
    const state = stateOn(
      buildScenario({ checkIns: [buildCheckIn({ date: START, painDuring: 4, painRest: 1 })] }),
      START,
    );
    const held = state.lastDecision.reasons.find((r) => r.key === "reason.hold.painReported");
    expect(held?.params).toMatchObject({ score: 4, which: "during" });
  });

  // DOMAIN §5: pain above 5 after a session or at rest steps back; the text says which of the two.
  it("a step back for pain names whether it was after training or at rest", () => {
    const intake = buildIntake();
    const state = stateOn(
      buildScenario({
        intake,
        settings: buildSettings(intake),
        checkIns: [buildCheckIn({ date: START, painRest: 7, painAfter: 6 })],
      }),
      START,
    );
    const stepBack = state.lastDecision.reasons.find((r) => r.key === "reason.stepBack.painHigh");
    expect(stepBack?.params).toMatchObject({ score: 7, which: "rest" });
    expect(say("en", "reason.stepBack.painHigh", stepBack?.params)).toContain("Pain at rest of 7/10");
    expect(say("nl", "reason.stepBack.painHigh", stepBack?.params)).toContain("2 dagen rust");
  });
});
