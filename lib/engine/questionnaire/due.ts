// When an assigned questionnaire is due: the latest moment its schedule names up to `today` (the start,
// every N weeks from the start, a phase's start, the discharge) that no response answers yet.
import { toDay, toIso } from "../calendar";
import type { AssignmentSchedule } from "./schedule";

export type DueMoment = "intake" | "weeks" | "phase" | "discharge";

export type DueInput = {
  schedule: AssignmentSchedule;
  startOn: string;
  /** The start days of phases 2-4 as the replay lived them. */
  phaseStarts: string[];
  dischargedOn: string | null;
  /** The day of the latest response, if any. */
  lastAnsweredOn: string | null;
};

export type Due = { due: false } | { due: true; since: string; moment: DueMoment };

/** Whether a response is owed on `today`, and since which moment (the latest one not yet answered). */
export function questionnaireDue(input: DueInput, today: string): Due {
  const moments: [string, DueMoment][] = [];
  const { schedule, startOn } = input;
  if (schedule.atIntake) moments.push([startOn, "intake"]);
  if (schedule.everyNWeeks !== null) {
    const step = schedule.everyNWeeks * 7;
    const weeks = Math.floor((toDay(today) - toDay(startOn)) / step);
    if (weeks >= 1) moments.push([toIso(toDay(startOn) + weeks * step), "weeks"]);
  }
  if (schedule.atPhaseChange) for (const on of input.phaseStarts) moments.push([on, "phase"]);
  if (schedule.atDischarge && input.dischargedOn) moments.push([input.dischargedOn, "discharge"]);
  const latest = moments
    .filter(([on]) => on <= today)
    .sort(([a], [b]) => a.localeCompare(b))
    .at(-1);
  if (!latest) return { due: false };
  const [since, moment] = latest;
  if (input.lastAnsweredOn !== null && input.lastAnsweredOn >= since) return { due: false };
  return { due: true, since, moment };
}
