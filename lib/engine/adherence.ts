import { startOfWeek, toIso, type Day } from "./calendar";
import { isRunKind, sessionsOf, type CheckIn } from "./check-in";
import type { DayPlan } from "./plan-state-types";
import { WeekAdherence } from "./week-adherence";

export { WeekAdherence };

/** How many weeks back (this week included) adherence is counted. */
const ADHERENCE_WEEKS = 8;

// Counts each day as it was planned that morning (the same plan the runner saw). A day counts
// once it is over or reported: today without a report is not missed yet. An interrupted day is
// planned as rest, so a pause does not count against the runner. Each finished session of the
// day's report counts, up to the sessions planned that day; running minutes are the reported
// minutes of its run or walk/run.
export function tallyDay(weeks: WeekAdherence[], day: Day, plan: DayPlan, checkIn: CheckIn | undefined): void {
  const weekStart = toIso(startOfWeek(day));
  let week = weeks.at(-1);
  if (!week || week.weekStart !== weekStart) {
    week = { weekStart, plannedSessions: 0, doneSessions: 0, plannedRunMinutes: 0, runMinutes: 0 };
    weeks.push(week);
  }
  const planned = plan.sessions.filter((s) => s.kind !== "rest");
  week.plannedSessions += planned.length;
  week.plannedRunMinutes += planned.filter((s) => isRunKind(s.kind)).reduce((sum, s) => sum + s.minutes, 0);
  if (!checkIn) return;
  const reported = sessionsOf(checkIn);
  week.doneSessions += Math.min(reported.filter((s) => s.completed).length, planned.length);
  week.runMinutes += reported.filter((s) => isRunKind(s.kind)).reduce((sum, s) => sum + s.minutes, 0);
}

export function adherenceFrom(startDay: Day, todayDay: Day): Day {
  return Math.max(startDay, startOfWeek(todayDay) - 7 * (ADHERENCE_WEEKS - 1));
}
