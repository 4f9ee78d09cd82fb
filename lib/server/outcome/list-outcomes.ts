// The scores over time of every questionnaire asked of a plan, for the runner and their linked physio:
// each series with its direction, MCID and scale, each point with its change from the first score.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { AssignmentSchedule, compareScores, questionnaireDue, type Due, type ScoreChange } from "@/lib/engine";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { listAssignments, listResponses } from "./queries";
import { questionnaireOf } from "./questionnaire-of";

export type OutcomePoint = {
  id: string;
  answeredOn: string;
  total: number | null;
  subscales: Record<string, number | null>;
  completeness: number;
  /** Against the first scored response (null for that one and for responses without a total). */
  change: ScoreChange | null;
};

export type OutcomeSeries = {
  questionnaireId: string;
  title: string;
  shippedKey: string | null;
  direction: "higher_is_better" | "lower_is_better";
  mcid: number | null;
  /** The scale the totals are on. */
  scale: { min: number; max: number };
  schedule: AssignmentSchedule;
  gate: { phase: number; score: number } | null;
  points: OutcomePoint[];
  /** Whether the schedule owes a response today (the runner's Today shows it when due). */
  due: Due;
};

export async function listOutcomes(
  db: Db,
  caller: SessionUser,
  planId: string,
  day?: string,
): Promise<OutcomeSeries[]> {
  const plan = await loadPlan(db, caller, planId);
  const today = day ?? plan.today;
  const phaseStarts = stateOf(plan, today)
    .history.phases.filter((p) => p.phase > 1)
    .map((p) => p.startedOn);
  const [assignments, responses] = await Promise.all([
    listAssignments(db, plan.row.id),
    listResponses(db, plan.row.id),
  ]);
  return assignments.map(({ assignment, questionnaire: row }) => {
    const { questionnaire, scoring } = questionnaireOf(row, caller.locale);
    const own = responses.filter((r) => r.questionnaireId === row.id);
    const baseline = own.find((r) => r.total !== null);
    const schedule = AssignmentSchedule.parse(assignment.schedule);
    const due = questionnaireDue(
      {
        schedule,
        startOn: plan.intake.startOn,
        phaseStarts,
        dischargedOn: plan.row.dischargedOn,
        lastAnsweredOn: own.at(-1)?.answeredOn ?? null,
      },
      today,
    );
    return {
      questionnaireId: row.id,
      title: questionnaire.title ?? row.title,
      shippedKey: row.shippedKey,
      direction: scoring.direction,
      mcid: scoring.mcid ?? null,
      scale: scoring.rescale ? { min: 0, max: 100 } : scoring.range,
      schedule,
      gate:
        assignment.gatePhase !== null && assignment.gateScore !== null
          ? { phase: assignment.gatePhase, score: assignment.gateScore }
          : null,
      points: own.map((r) => ({
        id: r.id,
        answeredOn: r.answeredOn,
        total: r.total,
        subscales: r.subscales as Record<string, number | null>,
        completeness: r.completeness,
        change:
          baseline && r.id !== baseline.id && r.total !== null
            ? compareScores(scoring, baseline.total!, r.total)
            : null,
      })),
      due,
    };
  });
}
