// The demo's outcome questionnaires: two linked runners answer the shipped pain rating and activity scale
// every two weeks from the start, so a physio sees scores over time. Made-up answers, our own questionnaires.
import { addDays, formatISO, parseISO } from "date-fns";
import type { QuestionnaireResponse, QuestionnaireResponseItem } from "@medplum/fhirtypes";
import { SHIPPED_SCORING, scoreResponse, shippedQuestionnaire, type ShippedKey } from "@/lib/engine/index";
import type { Db } from "@/lib/db/client";
import { ensureShippedQuestionnaire, insertResponse, upsertAssignment } from "@/lib/server/outcome/queries";

type DemoAnswers = { day: number; pain: number; activities: [string, number][] };

// Per runner: the day after the start each round was answered, the pain rating and the rated activities.
const DEMO_OUTCOMES: Record<string, DemoAnswers[]> = {
  anna: [
    {
      day: 0,
      pain: 6,
      activities: [
        ["Hardlopen", 2],
        ["Trap aflopen", 5],
      ],
    },
    {
      day: 14,
      pain: 4,
      activities: [
        ["Hardlopen", 3],
        ["Trap aflopen", 6],
      ],
    },
    {
      day: 28,
      pain: 3,
      activities: [
        ["Hardlopen", 5],
        ["Trap aflopen", 8],
      ],
    },
    {
      day: 42,
      pain: 2,
      activities: [
        ["Hardlopen", 7],
        ["Trap aflopen", 9],
      ],
    },
  ],
  carmen: [
    { day: 0, pain: 5, activities: [["Hurken", 4]] },
    { day: 14, pain: 4, activities: [["Hurken", 5]] },
  ],
};

const isoDay = (day: string, plus: number) => formatISO(addDays(parseISO(day), plus), { representation: "date" });

function responseOf(key: ShippedKey, answers: DemoAnswers, authored: string): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] =
    key === "nprs"
      ? [{ linkId: "pain", answer: [{ valueInteger: answers.pain }] }]
      : answers.activities.map(([name, score], i) => ({
          linkId: `activity-${i + 1}`,
          item: [
            { linkId: `activity-${i + 1}-name`, answer: [{ valueString: name }] },
            { linkId: `activity-${i + 1}-score`, answer: [{ valueInteger: score }] },
          ],
        }));
  return {
    resourceType: "QuestionnaireResponse",
    status: "completed",
    questionnaire: `urn:comeback:questionnaire:${key}`,
    authored,
    item,
  };
}

export async function seedDemoOutcomes(
  db: Db,
  plan: { runnerKey: string; planId: string; physioId: string; startOn: string; today: string },
): Promise<void> {
  const rounds = (DEMO_OUTCOMES[plan.runnerKey] ?? []).filter((r) => isoDay(plan.startOn, r.day) <= plan.today);
  if (rounds.length === 0) return;
  for (const key of ["nprs", "psfs"] as const) {
    const questionnaire = shippedQuestionnaire(key, "en");
    const scoring = SHIPPED_SCORING[key];
    const row = await ensureShippedQuestionnaire(db, {
      shippedKey: key,
      title: questionnaire.title ?? key,
      resource: questionnaire,
      scoring,
    });
    const schedule = { atIntake: true, everyNWeeks: 2, atPhaseChange: false, atDischarge: false };
    await upsertAssignment(db, { planId: plan.planId, questionnaireId: row.id, assignedBy: plan.physioId, schedule });
    let baseline: number | null = null;
    for (const round of rounds) {
      const answeredOn = isoDay(plan.startOn, round.day);
      const authoredAt = new Date(`${answeredOn}T09:00:00Z`);
      const resource = responseOf(key, round, authoredAt.toISOString());
      const score = scoreResponse(questionnaire, scoring, resource, baseline);
      baseline ??= score.total;
      await insertResponse(db, {
        planId: plan.planId,
        questionnaireId: row.id,
        resource,
        answeredOn,
        authoredAt,
        total: score.total,
        subscales: score.subscales,
        completeness: score.completeness,
      });
    }
  }
}
