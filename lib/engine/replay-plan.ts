import { adherenceFrom, tallyDay, type WeekAdherence } from "./adherence";
import { isoWeekday, startOfWeek, toDay, type Day } from "./calendar";
import type { CheckIn } from "./check-in";
import { applyCheckIn, applyEarlierOnly, recentHr } from "./apply-check-in";
import { applyEvent } from "./apply-event";
import { buildPlanState } from "./summarise-replay";
import { liveContext } from "./plan-context";
import type { Intake } from "./intake";
import { correctedIntake, correctedSettings } from "./intake-correction";
import { applyGapRule } from "./phase4";
import { planDay, type PlanContext } from "./plan-day";
import type { PlanEvent } from "./plan-event";
import type { PlanState } from "./plan-state-types";
import { projectReturnDate } from "./projection";
import { assessRecovery } from "./recovery";
import { createReplay, isInterrupted, rollWeek, type Interruption, type Replay } from "./replay-counters";
import type { PlanSettings } from "./settings";

export interface PlanInput {
  intake: Intake;
  settings: PlanSettings;
  checkIns: readonly CheckIn[];
  events: readonly PlanEvent[];
  /**
   * Superseded versions of corrected check-ins (any date). Only their red flags count: a flag once
   * raised pauses the plan on that day even when the latest version has none (DOMAIN §5).
   */
  earlierVersions?: readonly CheckIn[];
}

/**
 * Replays the plan from its start up to and including `today` (YYYY-MM-DD) in one forward pass
 * and returns its state. Inputs dated after today are ignored; the same input gives the same output.
 */
export function computePlanState(input: PlanInput, today: string): PlanState {
  const todayDay = toDay(today);
  const startDay = toDay(input.intake.startOn);
  const days = Math.max(0, todayDay - startDay + 1);
  // A corrected intake replays as if it had been entered at the start, its tissue's defaults too.
  const corrected = correctedSettings(input.intake, input.settings, input.events, today);
  const r = createReplay(correctedIntake(input.intake, input.events, today), corrected.settings, startDay, days);
  const byDay = indexCheckIns(input.checkIns, startDay, todayDay, days);
  const earlierByDay = indexVersions(input.earlierVersions ?? [], startDay, todayDay);
  const events = sortEvents(corrected.events, todayDay);
  r.interruptions = collectInterruptions(events);
  const weekStart = startOfWeek(todayDay);
  const tallyFrom = adherenceFrom(startDay, todayDay);
  const adherence: WeekAdherence[] = [];
  const snapshots = new Map<Day, PlanContext>();
  let next = 0;
  for (let day = startDay; day <= todayDay; day++) {
    if (isoWeekday(day) === 1 || day - r.week.start >= 7) rollWeek(r, startOfWeek(day));
    const deferred: PlanEvent[] = [];
    for (let event = events[next]; event && event.day <= day; event = events[++next])
      if (!applyEvent(r, day, event.event)) deferred.push(event.event);
    const interrupted = isInterrupted(r, day);
    if (r.phase === 4) applyGapRule(r, day);
    const checkIn = byDay[day - startDay];
    if (day >= weekStart || day >= tallyFrom) {
      const snapshot = snapshotContext(r, day, checkIn, interrupted);
      if (day >= weekStart) snapshots.set(day, snapshot);
      if (day >= tallyFrom && (day < todayDay || checkIn)) tallyDay(adherence, day, planDay(snapshot, day), checkIn);
    }
    const earlier = earlierByDay.get(day);
    if (checkIn) applyCheckIn(r, day, startDay, checkIn, interrupted, earlier);
    // A day known only from replaced versions has no report: it does not count and, once over,
    // breaks the streak like any day without one (its red flags still pause).
    else if (earlier) {
      applyEarlierOnly(r, day, earlier);
      if (day < todayDay) r.streak = 0;
    } else if (day < todayDay) r.streak = 0;
    // Today's plan is recomputed after a check-in that raised a red flag: no run that day.
    if (r.status === "paused_red_flag" && r.pausedOn === day && day >= weekStart)
      snapshots.set(day, snapshotContext(r, day, checkIn, interrupted));
    if (interrupted) r.streak = 0;
    for (const event of deferred) applyEvent(r, day, event);
    recordProjection(r, day);
  }
  return buildPlanState(r, todayDay, snapshots, byDay[todayDay - startDay] !== undefined, adherence);
}

function indexCheckIns(
  checkIns: readonly CheckIn[],
  startDay: Day,
  todayDay: Day,
  days: number,
): (CheckIn | undefined)[] {
  const byDay = new Array<CheckIn | undefined>(days);
  for (const c of checkIns) {
    const day = toDay(c.date);
    if (day >= startDay && day <= todayDay) byDay[day - startDay] = c;
  }
  return byDay;
}

function indexVersions(versions: readonly CheckIn[], startDay: Day, todayDay: Day): Map<Day, CheckIn[]> {
  const byDay = new Map<Day, CheckIn[]>();
  for (const c of versions) {
    const day = toDay(c.date);
    if (day < startDay || day > todayDay) continue;
    const list = byDay.get(day);
    if (list) list.push(c);
    else byDay.set(day, [c]);
  }
  return byDay;
}

interface DatedEvent {
  day: Day;
  order: number;
  event: PlanEvent;
}

function sortEvents(events: readonly PlanEvent[], todayDay: Day): DatedEvent[] {
  return events
    .map((event, order) => ({ day: toDay(event.date), order, event }))
    .filter((e) => e.day <= todayDay)
    .sort((a, b) => a.day - b.day || a.order - b.order);
}

// In date order: an interruption_end cuts every pause running on its date to the day before
// (a pause that had not started yet by then is dropped), so the plan resumes that day.
function collectInterruptions(events: DatedEvent[]): Interruption[] {
  let spans: Interruption[] = [];
  for (const { day, event } of events) {
    if (event.kind === "interruption")
      spans.push({ from: toDay(event.from), to: toDay(event.to), reason: event.reason ?? null });
    if (event.kind === "interruption_end")
      spans = spans.map((s) => (s.to >= day ? { ...s, to: day - 1 } : s)).filter((s) => s.from <= s.to);
  }
  return spans;
}

function snapshotContext(r: Replay, day: Day, checkIn: CheckIn | undefined, interrupted: boolean): PlanContext {
  return {
    ...liveContext(r),
    recovery: checkIn ? assessRecovery(checkIn, recentHr(r, day)) : [],
    isInterrupted: interrupted,
  };
}

function recordProjection(r: Replay, day: Day): void {
  const { backToLevel } = projectReturnDate(r, day);
  const last = r.projections.at(-1);
  if (!last || last.backToLevelOn !== backToLevel) r.projections.push({ on: day, backToLevelOn: backToLevel });
}
