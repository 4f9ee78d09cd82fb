// The physio's dashboard: every linked patient from the snapshot columns, with what depends on
// the day (days in phase, days without a check-in, adherence) derived here from `today`.
import "server-only";
import { assertVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { listPatientRows, type PatientRow } from "@/lib/server/physio/dashboard-queries";
import {
  MISSING_DAYS_ALERT,
  daysWithoutReport,
  toDay,
  redFlagPriority,
  triageRedFlags,
  type RedFlagUrgency,
  type WarningSign,
  type WeekAdherence,
} from "@/lib/engine";

export type PatientAlertKind = "red_flag" | "pain_rising" | "missing_check_ins" | "awaiting_approval";
export type PatientAlert = {
  kind: PatientAlertKind;
  days?: number;
  phase?: number;
  /** A red flag's triage (the engine's rules table) and its warning signs, most urgent first. */
  urgency?: RedFlagUrgency;
  signs?: WarningSign[];
  /** A red flag past its urgency's window, not cleared yet (`days` since the pause). */
  overdue?: boolean;
};
export type PainTrend = "rising" | "falling" | "steady" | "none";

export type PatientListItem = {
  planId: string;
  name: string;
  site: string | null;
  phase: number;
  status: string;
  level: { current: number; total: number } | null;
  daysInPhase: number | null;
  lastCheckInOn: string | null;
  /** Whole days since the last check-in (0 = today); null without any check-in. */
  daysSinceCheckIn: number | null;
  pain: number[];
  painTrend: PainTrend;
  /** Share of days since the start with a check-in, 0–1; null before the start. */
  adherence: number | null;
  backToLevelOn: string | null;
  isEstimate: boolean;
  alerts: PatientAlert[];
  /** The last weeks of the snapshot (ADHERENCE_SUMMARY_WEEKS): sessions done / planned, running minutes reported / planned. */
  training: { doneSessions: number; plannedSessions: number; runMinutes: number; plannedRunMinutes: number } | null;
  /** Messages from the patient the physio has not read yet. */
  unreadMessages: number;
};

const ADHERENCE_SUMMARY_WEEKS = 4;

function trainingOf(weeks: WeekAdherence[] | null): PatientListItem["training"] {
  const recent = (weeks ?? []).slice(-ADHERENCE_SUMMARY_WEEKS);
  if (recent.length === 0) return null;
  const sum = (key: keyof Omit<WeekAdherence, "weekStart">) => recent.reduce((total, w) => total + w[key], 0);
  return {
    doneSessions: sum("doneSessions"),
    plannedSessions: sum("plannedSessions"),
    runMinutes: sum("runMinutes"),
    plannedRunMinutes: sum("plannedRunMinutes"),
  };
}

export type PatientList = { today: string; generatedAt: number; patients: PatientListItem[] };

export async function listPatients(db: Db, caller: SessionUser, today: string): Promise<PatientList> {
  assertVerifiedPhysio(caller);
  const rows = await listPatientRows(db, caller.id);
  return { today, generatedAt: Date.now(), patients: rows.map((row) => toListItem(row, today)) };
}

// Calendar days between two ISO dates: the engine's integer day numbers (no Date objects; 500 rows ×
// four differences through date-fns were a large share of the dashboard's server time).
export const daysBetween = (from: string, to: string) => toDay(to) - toDay(from);

function toListItem(row: PatientRow, today: string): PatientListItem {
  const lastCheckInOn = row.lastCheckInOn;
  const pain = row.recentPain ?? [];
  const alerts: PatientAlert[] = [];
  if (row.status === "paused_red_flag") {
    const triage = triageRedFlags(row.redFlags ?? []);
    // Past its window a flag sorts below fresh urgent flags (redFlagPriority says why); it stays on top of
    // everything else and says how long it has waited.
    const priority = redFlagPriority(triage.urgency, row.redFlagSince, today);
    alerts.push({
      kind: "red_flag",
      ...triage,
      ...(priority === "overdue" && row.redFlagSince
        ? { overdue: true, days: daysBetween(row.redFlagSince, today) }
        : {}),
    });
  }
  if (row.status !== "paused_red_flag" && row.painRising) alerts.push({ kind: "pain_rising" });
  // The engine's count and threshold, against today rather than the day of the snapshot.
  const start = row.phaseStartedOn ?? row.startOn;
  if (row.status !== "completed" && (lastCheckInOn || start)) {
    const silent = daysWithoutReport(
      lastCheckInOn ? toDay(lastCheckInOn) : null,
      toDay((start ?? lastCheckInOn)!),
      toDay(today),
    );
    if (silent >= MISSING_DAYS_ALERT) alerts.push({ kind: "missing_check_ins", days: silent });
  }
  if (row.status === "awaiting_approval")
    alerts.push({ kind: "awaiting_approval", phase: row.pendingTransition ?? row.phase + 1 });
  const daysSinceStart = row.startOn ? daysBetween(row.startOn, today) + 1 : 0;
  return {
    planId: row.planId,
    name: row.name,
    site: row.site,
    phase: row.phase,
    status: row.status,
    level: row.phase === 4 ? row.level : null,
    daysInPhase: row.phaseStartedOn ? Math.max(0, daysBetween(row.phaseStartedOn, today) + 1) : null,
    lastCheckInOn,
    daysSinceCheckIn: lastCheckInOn ? Math.max(0, daysBetween(lastCheckInOn, today)) : null,
    pain,
    painTrend: trendOf(pain),
    adherence: row.checkInCount !== null && daysSinceStart > 0 ? Math.min(1, row.checkInCount / daysSinceStart) : null,
    backToLevelOn: row.backToLevelOn,
    isEstimate: row.isEstimate ?? true,
    alerts,
    training: trainingOf(row.weeks),
    unreadMessages: row.unreadMessages,
  };
}

// Mean of the last three reports against the three before: a change of more than half a point is a trend.
export function trendOf(pain: readonly number[]): PainTrend {
  if (pain.length < 2) return "none";
  const last = pain.slice(-3);
  const before = pain.slice(-6, -3);
  if (before.length === 0) return "steady";
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const delta = mean(last) - mean(before);
  return delta > 0.5 ? "rising" : delta < -0.5 ? "falling" : "steady";
}
