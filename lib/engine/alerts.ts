import { toIso, type Day } from "./calendar";
import type { Alert } from "./plan-state-types";
import type { Replay } from "./replay-counters";

/** DOMAIN §10: the physio hears of a patient who has not reported for this many days. */
export const MISSING_DAYS_ALERT = 3;

/** Days without a report up to `today`: after the last report's own day, or since the start without one. */
export function daysWithoutReport(lastReport: Day | null, start: Day, today: Day): number {
  return today - (lastReport ?? start) - (lastReport === null ? 0 : 1);
}

// Physio alerts (DOMAIN §5 and §10): the physio is warned when something goes wrong.
export function buildAlerts(r: Replay, today: Day, isEasedToday: boolean): Alert[] {
  const alerts: Alert[] = [];
  if (r.status === "paused_red_flag") {
    alerts.push({ kind: "red_flag", severity: "high", on: toIso(r.pausedOn ?? today), key: "alert.redFlag" });
  }
  if (r.status === "awaiting_approval" && r.pending !== null) {
    alerts.push({
      kind: "awaiting_approval",
      severity: "medium",
      on: toIso(today),
      key: "alert.awaitingApproval",
      params: { phase: r.pending },
    });
  }
  const silentDays = daysWithoutReport(r.lastReportDay, r.phases[0]?.start ?? today, today);
  if (r.status !== "completed" && silentDays >= MISSING_DAYS_ALERT) {
    alerts.push({
      kind: "missing_check_ins",
      severity: "medium",
      on: toIso(today),
      key: "alert.missingCheckIns",
      params: { days: silentDays },
    });
  }
  // Pain rising three reports in a row (Silbernagel et al. 2007: pain must not rise): the physio hears of it while it is the latest report.
  if (r.status !== "paused_red_flag" && r.painRisingOn !== null && r.painRisingOn === r.lastReportDay) {
    alerts.push({ kind: "pain_rising", severity: "medium", on: toIso(r.painRisingOn), key: "alert.painRising" });
  }
  // Pain above 5 after a session or at rest (DOMAIN §5): stepped back, the physio hears why.
  const isPainStep = r.painHighOn !== null && today - r.painHighOn < 7;
  if (isPainStep && r.painHighOn !== null)
    alerts.push({ kind: "stepped_back", severity: "medium", on: toIso(r.painHighOn), key: "alert.painHigh" });
  const decision = r.lastDecision;
  if (!isPainStep && decision && decision.action === "step_back" && today - decision.day < 7) {
    alerts.push({
      kind: "stepped_back",
      severity: "low",
      on: toIso(decision.day),
      key: "alert.steppedBack",
      params: { level: r.level },
    });
  }
  if (r.status !== "paused_red_flag" && r.redFlags.swellingReports === 1) {
    alerts.push({ kind: "swelling", severity: "low", on: toIso(r.lastReportDay ?? today), key: "alert.swelling" });
  }
  if (isEasedToday)
    alerts.push({ kind: "readiness_low", severity: "low", on: toIso(today), key: "alert.readinessLow" });
  if (r.status === "completed" && r.completedOn !== null) {
    alerts.push({ kind: "completed", severity: "low", on: toIso(r.completedOn), key: "alert.completed" });
  }
  return alerts;
}
