import { toIso, type Day } from "./calendar";
import { isRunKind, type CheckIn } from "./check-in";
import { gateClockStart, gateFor } from "./gates";
import { allReadinessPassed, noReadinessPasses, readinessPainLimit, scoreReadinessTests } from "./readiness";
import { reason, type Reason } from "./message-keys";
import { highestPain, judgeStandardDay, judgeTendonDay, loadPain, PAIN_HIGH_LIMIT, type DayJudgement } from "./pain";
import { applyRunCheckIn, plannedRunMinutes, recordRun, restAfterNextDaySoreness, stepBackForPain } from "./phase4";
import { assessRecovery } from "./recovery";
import { detectRedFlagsInVersions, isPainRisingNow, rememberReport } from "./red-flags";
import { currentSpec, decide, type Replay } from "./replay-counters";
import { enterPhase, returnToPhase } from "./transitions";

export function applyCheckIn(
  r: Replay,
  day: Day,
  startDay: Day,
  c: CheckIn,
  isInterrupted: boolean,
  earlier: readonly CheckIn[] = [],
): void {
  const recovery = assessRecovery(c, recentHr(r, day));
  if (c.restingHr !== undefined) r.hrLog.push({ day, hr: c.restingHr });
  if (c.painfulActivities) for (const option of c.painfulActivities) r.painful.add(option);
  // A rest day's report has no load pain: the week-on-week comparison skips the day, as a day not reported.
  const load = loadPain(c);
  if (load !== undefined) r.loadPain[day - startDay] = load;
  r.settlePain[day - startDay] = Math.max(c.painRest, c.painMorning);
  const flags = detectRedFlagsInVersions([c, ...earlier], r.redFlags);
  const isRising = isPainRisingNow(c, r.redFlags);
  rememberReport(c, r.redFlags);
  r.painRisingOn = isRising ? day : null;
  r.lastReportDay = day;
  // A run reported on a day that decides nothing else (a red flag, a pause) still happened: its load
  // counts for the 30 % rule and the old week (found by the property test).
  const ranInPhase4 = r.phase === 4 && isRunKind(c.sessionKind) && c.minutes > 0;
  if (flags.length > 0) {
    if (ranInPhase4) recordRun(r, day, c);
    pauseForRedFlags(r, day, flags);
    return;
  }
  if (r.status === "paused_red_flag") {
    if (ranInPhase4) recordRun(r, day, c);
    r.streak = 0;
    decide(r, day, "hold", [reason("reason.hold.paused")]);
    return;
  }
  const judgement = isRising
    ? { painFree: false, reasons: [reason("reason.hold.painRising")] }
    : judgeDay(r, day, startDay, c);
  r.streak = judgement.painFree && !isInterrupted ? r.streak + 1 : 0;
  if (isInterrupted) {
    if (ranInPhase4) recordRun(r, day, c);
    decide(r, day, "hold", [reason("reason.hold.interruption")]);
    return;
  }
  // After "back at level" every rule still applies to what is reported: a step back
  // reopens the plan (setLevel) and its dates are computed again.
  // Pain above 5 during or after a session or at rest (DOMAIN §5; above the 5/10 the pain-monitoring
  // model accepts, Silbernagel et al. 2007, Am J Sports Med): not a red flag but a load problem:
  // step back with rest days, physio alerted.
  const high = highestPain(c, ["during", "after", "rest", "morning"]);
  if (high.score > PAIN_HIGH_LIMIT) {
    if (ranInPhase4) recordRun(r, day, c);
    if (r.status === "awaiting_approval") {
      r.status = "active";
      r.pending = null;
    }
    stepBackForPain(r, day, high);
    return;
  }
  if (undoPhaseOnUnsettledMorning(r, day, c)) return;
  if (r.phase === 4) applyPhase4CheckIn(r, day, c, judgement, recovery);
  else applyGateCheckIn(r, day, c, judgement);
}

// Silbernagel et al. 2007: a tendon's load counts only once the morning after is back at the baseline.
// A phase the gate opened on yesterday's report waits when this morning has not settled: the runner
// returns to the phase before, with a fresh streak. A physio's approval or override is left standing.
function undoPhaseOnUnsettledMorning(r: Replay, day: Day, c: CheckIn): boolean {
  const opened = r.phases.at(-1);
  const before = r.phases.at(-2);
  if (
    !r.tendonModel ||
    c.painMorning <= r.baseline ||
    !opened ||
    !before ||
    opened.via !== "gate" ||
    opened.start !== day
  )
    return false;
  returnToPhase(r, before);
  decide(r, day, "hold", [reason("reason.tendon.morningUndoPhase", { phase: opened.phase })]);
  return true;
}

/** A day known only from superseded versions (the latest was withdrawn): their red flags still pause. */
export function applyEarlierOnly(r: Replay, day: Day, earlier: readonly CheckIn[]): void {
  const flags = detectRedFlagsInVersions(earlier, r.redFlags);
  if (flags.length > 0) pauseForRedFlags(r, day, flags);
}

// Red flags (Finucane et al. 2020; Wells et al. 1997; Warden et al. 2014): pause at once, refer,
// no running until a clearance.
function pauseForRedFlags(r: Replay, day: Day, flags: Reason[]): void {
  // A flag after "back at level" reopens the plan: after the clearance its dates are computed again.
  r.completedOn = null;
  r.status = "paused_red_flag";
  r.pending = null;
  r.streak = 0;
  r.activeRedFlags = flags;
  r.pausedOn ??= day;
  // Readiness tests count only from the current stint in phase 3: after a red flag they are done again.
  if (r.phase === 3) r.readiness = noReadinessPasses(r.intake);
  decide(r, day, "refer", flags);
}

function judgeDay(r: Replay, day: Day, startDay: Day, c: CheckIn): DayJudgement {
  if (!r.tendonModel) return judgeStandardDay(c, r.tolerance);
  const index = day - startDay;
  const isRising =
    isRisingWeekOnWeek(r.loadPain, index, r.baseline, 0) || isRisingWeekOnWeek(r.settlePain, index, 0, SETTLE_RISE);
  return judgeTendonDay(c, r.baseline, isRising);
}

/** Rest and morning pain may sit at a baseline but not climb: a full point up on last week's mean holds. */
const SETTLE_RISE = 1;

// Pain-monitoring model, Silbernagel et al. 2007: this week's mean pain above last week's (load
// pain: and above the baseline; rest and morning pain: by a full point, even within the baseline).
function isRisingWeekOnWeek(values: number[], index: number, floor: number, by: number): boolean {
  const current = meanPain(values, index - 6, index);
  const previous = meanPain(values, index - 13, index - 7);
  if (previous === null || current === null) return false;
  return by > 0 ? current >= previous + by : current > previous && current > floor;
}

function meanPain(values: number[], from: number, to: number): number | null {
  let sum = 0;
  let count = 0;
  for (let i = Math.max(0, from); i <= to; i++) {
    const value = values[i] ?? -1;
    if (value >= 0) {
      sum += value;
      count += 1;
    }
  }
  return count > 0 ? sum / count : null;
}

export function recentHr(r: Replay, day: Day): number[] {
  const values: number[] = [];
  for (let i = r.hrLog.length - 1; i >= 0; i--) {
    const entry = r.hrLog[i];
    if (!entry || entry.day < day - 7) break;
    if (entry.day < day) values.push(entry.hr);
  }
  if (r.hrLog.length > 16) r.hrLog.splice(0, r.hrLog.length - 8);
  return values;
}

// Gates, DOMAIN §3: never advance on a painful day or a day without a report.
function applyGateCheckIn(r: Replay, day: Day, c: CheckIn, judgement: DayJudgement): void {
  const gate = gateFor(r.phase, r.settings);
  if (!gate) return;
  if (r.phase === 3 && c.readiness) {
    // Goom et al. 2016, measured by the physio: on the day the practice measured a test, the runner's own
    // report of it that day does not overrule the clinician's result (events carry a date, not a time).
    const measured = r.clinicTests?.day === day ? r.clinicTests.ids : [];
    const own = Object.fromEntries(Object.entries(c.readiness).filter(([id]) => !measured.includes(id as never)));
    r.readiness = scoreReadinessTests(own, readinessPainLimit(r.tolerance), r.readiness);
  }
  if (!judgement.painFree) {
    const reasons = [...judgement.reasons];
    if (r.status === "awaiting_approval") {
      r.status = "active";
      r.pending = null;
      reasons.unshift(reason("reason.gate.approvalWithdrawn"));
    }
    decide(r, day, "hold", reasons);
    return;
  }
  if (r.status === "awaiting_approval") {
    decide(r, day, "hold", [reason("reason.gate.awaitingApproval", { phase: gate.toPhase })]);
    return;
  }
  const daysInPhase = day - gateClockStart(r) + 1;
  if (r.streak < gate.required) {
    decide(r, day, "hold", [
      reason("reason.hold.buildingStreak", { streak: r.streak, required: gate.required }),
      ...judgement.reasons,
    ]);
  } else if (daysInPhase < gate.minDays) {
    decide(r, day, "hold", [reason("reason.hold.minDays", { days: daysInPhase, required: gate.minDays })]);
  } else if (r.phase === 3 && !allReadinessPassed(r.readiness)) {
    decide(r, day, "hold", [reason("reason.hold.readinessTests")]);
  } else if (r.recheckOn !== null && day < r.recheckOn) {
    decide(r, day, "hold", [reason("reason.gate.recheck", { phase: gate.toPhase, recheckOn: toIso(r.recheckOn) })]);
  } else if (gate.needsApproval) {
    r.status = "awaiting_approval";
    r.pending = gate.toPhase;
    decide(r, day, "hold", [reason("reason.gate.awaitingApproval", { phase: gate.toPhase })]);
  } else {
    enterPhase(r, gate.toPhase, day + 1, "gate");
    decide(r, day, "advance", [reason("reason.gate.passed", { phase: gate.toPhase })]);
  }
}

function applyPhase4CheckIn(r: Replay, day: Day, c: CheckIn, judgement: DayJudgement, recovery: Reason[]): void {
  const isRun = isRunKind(c.sessionKind) && c.minutes > 0;
  const spec = currentSpec(r);
  // Only a run on a day the plan had one counts: a run added on a rest day is booked
  // (its load counts for the 30 % rule and the old week) but earns nothing.
  const prescribed = isRun && spec ? plannedRunMinutes(r, day, spec, recovery.length > 0) : null;
  // The morning after a run: next-day soreness (Fees 1998: 1 day off, do not advance), or pain not
  // back to the baseline (Silbernagel 2007 for a tendon; the tolerance otherwise): that run does not
  // count. The next day's check-in asks about yesterday's run; reports stored before that said
  // "next_day" on a day without a run.
  const ranYesterday = r.lastRunDay !== null && r.lastRunDay === day - 1;
  const isNew = r.lastRunDay !== null && r.nextDayHandledRun !== r.lastRunDay;
  const isSoreNextDay = c.soreAfterYesterdaysRun === true || (!isRun && c.soreness === "next_day");
  const isUnsettled = ranYesterday && c.painMorning > r.baseline;
  if (isNew && (isSoreNextDay || isUnsettled)) {
    r.nextDayHandledRun = r.lastRunDay;
    restAfterNextDaySoreness(r, day, true, !isSoreNextDay && r.tendonModel);
    if (isRun) recordRun(r, day, c);
    return;
  }
  if (isRun) {
    recordRun(r, day, c);
    applyRunCheckIn(r, day, c, judgement, recovery, prescribed);
    return;
  }
  if (!judgement.painFree) decide(r, day, "hold", judgement.reasons);
}
