// The decision quotes every pain score over its limit and names which one ("during the session: 4/10"),
// each against the limit it was read against, so the runner and the physio see what held the day.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { highestPain, judgeStandardDay, judgeTendonDay, scoresOverLimits, tendonLimits } from "@/lib/engine/pain";
import { engineMessages } from "@/lib/i18n/engine-messages";
import { buildCheckIn, buildIntake, buildScenario, buildSettings, stateOn } from "./factories";

const START = "2025-03-03";
const say = (
  locale: "en" | "nl",
  key: keyof (typeof engineMessages)["en"],
  params: Record<string, unknown> | undefined,
) =>
  // As the app says it to a runner a physio follows (reasonText's default).
  String(
    new IntlMessageFormat(engineMessages[locale][key], locale).format({ physio: "linked", ...params } as Record<
      string,
      string | number
    >),
  );

const quotedOf = (reasons: readonly { params?: Record<string, unknown> }[], which: string) =>
  reasons.find((r) => r.params?.which === which)?.params;

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
  ] as const)("$scores over $tolerance quotes $which $score/10", ({ scores, tolerance, which, score, en, nl }) => {
    const judged = judgeStandardDay(buildCheckIn(scores), tolerance);
    expect(judged.painFree).toBe(false);
    expect(judged.reasons).toContainEqual({ key: "reason.hold.painReported", params: { score, which, tolerance } });
    expect(say("en", "reason.hold.painReported", quotedOf(judged.reasons, which))).toContain(en);
    expect(say("nl", "reason.hold.painReported", quotedOf(judged.reasons, which))).toContain(nl);
    expect(say("en", "reason.hold.painReported", quotedOf(judged.reasons, which))).toContain(
      `limit of ${tolerance}/10`,
    );
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

// Silbernagel et al. 2007: the tendon model reads rest and morning pain against the baseline, pain during
// and after loading against 5/10. Every score above its own limit decides and is named; none other is.
describe("the scores that decided, each against its own limit", () => {
  const achilles = { painRest: 1, painDuring: 4, painAfter: 3, painMorning: 2 };
  it.each([
    {
      name: "Achilles rest 1, during 4, after 3, waking 2 on baseline 0",
      scores: achilles,
      baseline: 0,
      over: [
        { which: "rest", score: 1, limit: 0 },
        { which: "morning", score: 2, limit: 0 },
      ],
    },
    {
      name: "the same day on baseline 1",
      scores: achilles,
      baseline: 1,
      over: [{ which: "morning", score: 2, limit: 1 }],
    },
    { name: "the same day on baseline 2", scores: achilles, baseline: 2, over: [] },
    {
      name: "load pain above 5 against 5, rest at the baseline",
      scores: { painRest: 1, painDuring: 6, painAfter: 7, painMorning: 1 },
      baseline: 1,
      over: [
        { which: "during", score: 6, limit: 5 },
        { which: "after", score: 7, limit: 5 },
      ],
    },
  ] as const)("$name", ({ scores, baseline, over }) => {
    const c = buildCheckIn(scores);
    expect(scoresOverLimits(c, tendonLimits(baseline))).toEqual(over);
    const judged = judgeTendonDay(c, baseline, false);
    expect(judged.painFree).toBe(over.length === 0);
    const quoted = judged.reasons.filter((r) => r.key === "reason.hold.painReported");
    expect(quoted.map((r) => r.params)).toEqual(
      over.map((o) => ({ which: o.which, score: o.score, tolerance: o.limit })),
    );
  });

  it("the Achilles case reads in both languages with each score and its limit", () => {
    const judged = judgeTendonDay(buildCheckIn(achilles), 0, false);
    const en = judged.reasons.map((r) => say("en", r.key as "reason.hold.painReported", r.params));
    const nl = judged.reasons.map((r) => say("nl", r.key as "reason.hold.painReported", r.params));
    expect(en.slice(0, 2)).toEqual([
      "Pain at rest: 1/10, above your limit of 0/10.",
      "Pain when you woke up: 2/10, above your limit of 0/10.",
    ]);
    expect(nl.slice(0, 2)).toEqual([
      "Pijn in rust: 1/10, boven je grens van 0/10.",
      "Pijn bij het wakker worden: 2/10, boven je grens van 0/10.",
    ]);
    expect(en.join(" ")).not.toMatch(/4\/10|3\/10/);
  });

  it("a standard day names both scores over the tolerance", () => {
    const judged = judgeStandardDay(buildCheckIn({ painDuring: 3, painAfter: 4 }), 2);
    expect(judged.reasons).toEqual([
      { key: "reason.hold.painReported", params: { which: "during", score: 3, tolerance: 2 } },
      { key: "reason.hold.painReported", params: { which: "after", score: 4, tolerance: 2 } },
    ]);
  });

  it("a rest day without load pain asked is judged on rest and morning alone", () => {
    const c = buildCheckIn({ painRest: 0, painMorning: 0 });
    delete (c as { painDuring?: number }).painDuring;
    delete (c as { painAfter?: number }).painAfter;
    expect(judgeStandardDay({ ...c, sessionKind: "rest", minutes: 0 }, 0)).toEqual({ painFree: true, reasons: [] });
  });
});

describe("through the whole replay", () => {
  it("a painful day's decision names the score that held it", () => {
    const state = stateOn(
      buildScenario({ checkIns: [buildCheckIn({ date: START, painDuring: 4, painRest: 1 })] }),
      START,
    );
    const held = state.lastDecision.reasons.filter((r) => r.key === "reason.hold.painReported");
    expect(held.map((r) => r.params)).toContainEqual(expect.objectContaining({ score: 4, which: "during" }));
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
