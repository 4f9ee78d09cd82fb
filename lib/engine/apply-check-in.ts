import type { Day } from "./calendar";
import { isRunKind, type CheckIn } from "./check-in";
import { gateFor } from "./gates";
import { allReadinessPassed, readinessPainLimit, scoreReadinessTests } from "./readiness";
import { reason, type Reason } from "./message-keys";
import { judgeStandardDay, judgeTendonDay, loadPain, type DayJudgement } from "./pain";
import { applyRunCheckIn, restAfterNextDaySoreness } from "./phase4";
import { assessRecovery } from "./recovery";
import { detectRedFlagsInVersions, isPainRisingNow, rememberReport } from "./red-flags";
import { decide, type Replay } from "./replay-state";
import { enterPhase } from "./transitions";

export function applyCheckIn(r: Replay, day: Day, startDay: Day, c: CheckIn, isInterrupted: boolean, earlier: readonly CheckIn[] = []): void {
  const recovery = assessRecovery(c, recentHr(r, day));
  if (c.restingHr !== undefined) r.hrLog.push({ day, hr: c.restingHr });
  if (c.painfulActivities) for (const option of c.painfulActivities) r.painful.add(option);
  r.loadPain[day - startDay] = loadPain(c);
  const flags = detectRedFlagsInVersions([c, ...earlier], r.redFlags);
  const isRising = isPainRisingNow(c, r.redFlags);
  rememberReport(c, r.redFlags);
  r.painRisingOn = isRising ? day : null;
  r.lastReportDay = day;
  if (flags.length > 0) {
    pauseForRedFlags(r, day, flags);
    return;
  }
  if (r.status === "paused_red_flag") {
    r.streak = 0;
    decide(r, day, "hold", [reason("reason.hold.paused")]);
    return;
  }
  const judgement = isRising ? { painFree: false, reasons: [reason("reason.hold.painRising")] } : judgeDay(r, day, startDay, c);
  r.streak = judgement.painFree && !isInterrupted ? r.streak + 1 : 0;
  if (isInterrupted) {
    decide(r, day, "hold", [reason("reason.hold.interruption")]);
    return;
  }
  if (r.phase === 4) applyPhase4CheckIn(r, day, c, judgement, recovery);
  else applyGateCheckIn(r, day, c, judgement);
}

/** A day known only from superseded versions (the latest was withdrawn): their red flags still pause. */
export function applyEarlierOnly(r: Replay, day: Day, earlier: readonly CheckIn[]): void {
  const flags = detectRedFlagsInVersions(earlier, r.redFlags);
  if (flags.length > 0) pauseForRedFlags(r, day, flags);
}

// Red flags, DOMAIN §5: pause at once, refer, no running until a clearance.
function pauseForRedFlags(r: Replay, day: Day, flags: Reason[]): void {
  r.status = "paused_red_flag";
  r.pending = null;
  r.streak = 0;
  r.activeRedFlags = flags;
  r.pausedOn ??= day;
  decide(r, day, "refer", flags);
}

function judgeDay(r: Replay, day: Day, startDay: Day, c: CheckIn): DayJudgement {
  if (!r.tendonModel) return judgeStandardDay(c, r.tolerance);
  return judgeTendonDay(c, r.tolerance, isLoadPainRising(r, day - startDay));
}

// Pain-monitoring model, Silbernagel et al. 2007: this week's mean load pain above last week's.
function isLoadPainRising(r: Replay, index: number): boolean {
  const current = meanLoadPain(r.loadPain, index - 6, index);
  const previous = meanLoadPain(r.loadPain, index - 13, index - 7);
  return previous !== null && current !== null && current > previous && current > r.tolerance;
}

function meanLoadPain(values: number[], from: number, to: number): number | null {
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
    r.readiness = scoreReadinessTests(c.readiness, readinessPainLimit(r.tolerance), r.readiness);
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
  const daysInPhase = day - r.phaseStart + 1;
  if (r.streak < gate.required) {
    decide(r, day, "hold", [reason("reason.hold.buildingStreak", { streak: r.streak, required: gate.required }), ...judgement.reasons]);
  } else if (daysInPhase < gate.minDays) {
    decide(r, day, "hold", [reason("reason.hold.minDays", { days: daysInPhase, required: gate.minDays })]);
  } else if (r.phase === 3 && !allReadinessPassed(r.readiness)) {
    decide(r, day, "hold", [reason("reason.hold.readinessTests")]);
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
  if (r.status === "completed") return;
  if (isRunKind(c.sessionKind) && c.minutes > 0) {
    applyRunCheckIn(r, day, c, judgement, recovery);
    return;
  }
  const ranYesterday = r.lastRunDay !== null && r.lastRunDay >= day - 1;
  const morningAfterRun = ranYesterday && !r.tendonModel && c.painMorning > r.tolerance;
  const isNew = r.lastRunDay !== null && r.nextDayHandledRun !== r.lastRunDay;
  if (isNew && (c.soreness === "next_day" || morningAfterRun)) {
    r.nextDayHandledRun = r.lastRunDay;
    restAfterNextDaySoreness(r, day, true);
    return;
  }
  if (!judgement.painFree) decide(r, day, "hold", judgement.reasons);
}
