// Sorting and filtering of the dashboard, kept in the URL query so a reload or a shared link keeps them;
// the server applies them (GET /api/physio/patients) and sends one page of rows at a time.
import type { RedFlagPriority } from "@/lib/engine";
import type { PatientAlert, PatientAlertKind, PatientListItem } from "@/lib/server/physio/list-patients";

// Rows a page: alerts sort first, so the first page holds what needs attention; the rest is a click away.
export const PATIENT_PAGE_SIZE = 50;

// Alerts that need the physio first: a red flag (same day before within days, then a flag past its window
// that is still not cleared, then the next visit: redFlagPriority), then pain going up, then silence, then
// a decision to take.
const alertWeight: Record<PatientAlertKind, number> = {
  red_flag: 1000,
  pain_rising: 100,
  missing_check_ins: 10,
  awaiting_approval: 1,
};
const priorityWeight: Record<RedFlagPriority, number> = {
  same_day: 6000,
  within_days: 4000,
  overdue: 2000,
  next_visit: 0,
};
const priorityOf = (a: PatientAlert): RedFlagPriority | null =>
  a.urgency ? (a.overdue ? "overdue" : a.urgency) : null;
const alertScore = (alerts: readonly PatientAlert[]) =>
  alerts.reduce((sum, a) => {
    const priority = priorityOf(a);
    return sum + alertWeight[a.kind] + (priority ? priorityWeight[priority] : 0);
  }, 0);

export const sortKeys = ["alerts", "name", "phase", "lastCheckIn", "sessions", "running"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDir = "asc" | "desc";

export type DashboardView = { sort: SortKey; dir: SortDir; q: string; onlyAlerts: boolean; phase: number | null };

// Alerts and silence read best worst-first; names and phases in their natural order.
// Adherence reads lowest first: the patients who do least of their plan need a word first.
export const defaultDir: Record<SortKey, SortDir> = {
  alerts: "desc",
  name: "asc",
  phase: "asc",
  lastCheckIn: "asc",
  sessions: "asc",
  running: "asc",
};

export function readView(params: URLSearchParams): DashboardView {
  const sort = sortKeys.find((k) => k === params.get("sort")) ?? "alerts";
  const dir = params.get("dir") === "asc" ? "asc" : params.get("dir") === "desc" ? "desc" : defaultDir[sort];
  const phase = Number(params.get("phase"));
  return {
    sort,
    dir,
    q: params.get("q") ?? "",
    onlyAlerts: params.get("alerts") === "1",
    phase: phase >= 1 && phase <= 4 ? phase : null,
  };
}

export function writeView(view: DashboardView): string {
  const params = new URLSearchParams();
  if (view.sort !== "alerts") params.set("sort", view.sort);
  if (view.dir !== defaultDir[view.sort]) params.set("dir", view.dir);
  if (view.q) params.set("q", view.q);
  if (view.onlyAlerts) params.set("alerts", "1");
  if (view.phase) params.set("phase", String(view.phase));
  const query = params.toString();
  return query ? `?${query}` : "";
}

const byName = (a: PatientListItem, b: PatientListItem) => a.name.localeCompare(b.name);

// A share of the plan done, 0–1; nothing planned sorts after everyone (nothing to fall short of).
const share = (done: number | undefined, planned: number | undefined) =>
  planned ? (done ?? 0) / planned : Number.POSITIVE_INFINITY;
const sessionShare = (p: PatientListItem) => share(p.training?.doneSessions, p.training?.plannedSessions);
const runShare = (p: PatientListItem) => share(p.training?.runMinutes, p.training?.plannedRunMinutes);
const byShare = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

const compare: Record<SortKey, (a: PatientListItem, b: PatientListItem) => number> = {
  alerts: (a, b) => alertScore(a.alerts) - alertScore(b.alerts),
  name: byName,
  phase: (a, b) => a.phase - b.phase || (a.level?.current ?? 0) - (b.level?.current ?? 0),
  // Oldest check-in first when ascending; never checked in counts as the oldest.
  lastCheckIn: (a, b) => (a.lastCheckInOn ?? "").localeCompare(b.lastCheckInOn ?? ""),
  sessions: (a, b) => byShare(sessionShare(a), sessionShare(b)),
  running: (a, b) => byShare(runShare(a), runShare(b)),
};

export function applyView(patients: readonly PatientListItem[], view: DashboardView): PatientListItem[] {
  const q = view.q.trim().toLocaleLowerCase();
  const sign = view.dir === "asc" ? 1 : -1;
  return patients
    .filter(
      (p) =>
        (!q || p.name.toLocaleLowerCase().includes(q)) &&
        (!view.onlyAlerts || p.alerts.length > 0) &&
        (!view.phase || p.phase === view.phase),
    )
    .sort((a, b) => sign * compare[view.sort](a, b) || byName(a, b));
}
