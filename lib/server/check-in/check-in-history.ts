// Corrected check-ins as a clinician reads them: per day, every version with who saved it and when,
// and what each correction changed (old → new). The rows come from check_in_versions.
import "server-only";
import type { Db } from "@/lib/db/client";
import { listCorrectedDays, type CheckInVersionWithAuthor } from "@/lib/server/check-in/version-queries";
import { toCheckInVersion } from "@/lib/db/mappers";
import { PAIN_FIELDS, WARNING_SIGNS, sessionsOf, type CheckIn } from "@/lib/engine";

/** The report fields a correction can change, in the order a physio reads them. */
const historyFields = [
  ...PAIN_FIELDS,
  "sessionKind",
  "minutes",
  "completed",
  "rpe",
  "soreness",
  ...WARNING_SIGNS,
  "sleepHours",
  "restingHr",
  "painfulActivities",
  "readiness",
  "sessions",
  "soreAfterYesterdaysRun",
  "comment",
] as const;
type HistoryField = (typeof historyFields)[number];

/** A value as shown: a number, yes/no, a key of a fixed list, a list of keys, or nothing. */
export type ShownValue = number | boolean | string | string[] | null;
export type FieldChange = { field: HistoryField; from: ShownValue; to: ShownValue };

type CheckInVersionView = {
  version: number;
  changedAt: string;
  authorName: string | null;
  authorRole: "runner" | "physio" | null;
  /** Empty for the first version; what this version changed from the one before otherwise. */
  changes: FieldChange[];
};
export type CorrectedDay = { date: string; versions: CheckInVersionView[] };

function shown(checkIn: CheckIn, field: HistoryField): ShownValue {
  if (field === "readiness") return checkIn.readiness ? Object.keys(checkIn.readiness).sort() : null;
  // Each session as "kind|minutes|1 or 0 (finished)"; a report without a list reads as its one session.
  if (field === "sessions") return sessionsOf(checkIn).map((s) => `${s.kind}|${s.minutes}|${s.completed ? 1 : 0}`);
  if (field === "painfulActivities") return checkIn.painfulActivities ? [...checkIn.painfulActivities].sort() : null;
  return checkIn[field] ?? null;
}

// Readiness tests compare by their numbers too, so a changed count or pain shows as a change.
function same(a: CheckIn, b: CheckIn, field: HistoryField): boolean {
  if (field === "readiness") return JSON.stringify(a.readiness ?? null) === JSON.stringify(b.readiness ?? null);
  return JSON.stringify(shown(a, field)) === JSON.stringify(shown(b, field));
}

export function diffCheckIns(before: CheckIn, after: CheckIn): FieldChange[] {
  return historyFields
    .filter((field) => !same(before, after, field))
    .map((field) => ({ field, from: shown(before, field), to: shown(after, field) }));
}

const hasWarningSign = (c: CheckIn) => WARNING_SIGNS.some((f) => c[f]);

/** True when a day's earlier version reported a warning sign that its latest version no longer has. */
export function hasCorrectedAwayFlag(plan: { checkIns: CheckIn[]; earlierVersions: CheckIn[] }): boolean {
  const latest = new Map(plan.checkIns.map((c) => [c.date, c]));
  return plan.earlierVersions.some((v) => hasWarningSign(v) && !hasWarningSign(latest.get(v.date) ?? v));
}

function groupCorrections(rows: CheckInVersionWithAuthor[]): CorrectedDay[] {
  const days = new Map<string, CorrectedDay>();
  let previous: { date: string; checkIn: CheckIn } | undefined;
  for (const row of rows) {
    const checkIn = toCheckInVersion(row);
    const day = days.get(row.date) ?? { date: row.date, versions: [] };
    days.set(row.date, day);
    const changes = previous && previous.date === row.date ? diffCheckIns(previous.checkIn, checkIn) : [];
    day.versions.push({
      version: row.version,
      changedAt: row.changedAt.toISOString(),
      authorName: row.authorName,
      authorRole: row.changedByRole,
      changes,
    });
    previous = { date: row.date, checkIn };
  }
  return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** Every corrected day of the plan, newest day first, its versions oldest first. */
export async function listCorrections(db: Db, planId: string): Promise<CorrectedDay[]> {
  return groupCorrections(await listCorrectedDays(db, planId));
}
