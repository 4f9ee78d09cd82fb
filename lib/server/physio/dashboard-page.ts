// One page of the physio's dashboard: the view (sort, filter, search) applied on the server, then 50
// rows and a cursor to the next page. The client never receives 500 patients to show 50 of them.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listPatients, type PatientListItem } from "./list-patients";
import { applyView, PATIENT_PAGE_SIZE, writeView, type DashboardView } from "@/lib/validation/dashboard-view";

export { PATIENT_PAGE_SIZE };
const MAX_OFFSET = 100_000;

export type PatientPage = {
  today: string;
  generatedAt: number;
  /** Every active patient of the physio, and how many of them have an alert. */
  total: number;
  alerting: number;
  /** Patients matching the view's search and filters. */
  matching: number;
  patients: PatientListItem[];
  /** Opaque: pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** The next page's URL (same view), or null. */
  next: string | null;
};

/** A cursor from a query string: a whole number of rows already shown. Anything else is refused. */
export function parseCursor(raw: string | null): number {
  if (raw === null || raw === "") return 0;
  const offset = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(offset) || offset > MAX_OFFSET)
    throw new AppError("INVALID_INPUT", "errors.invalidCursor", { field: "cursor" });
  return offset;
}

export async function listPatientPage(
  db: Db,
  caller: SessionUser,
  today: string,
  view: DashboardView,
  offset = 0,
): Promise<PatientPage> {
  const list = await listPatients(db, caller, today);
  const matching = applyView(list.patients, view);
  const end = offset + PATIENT_PAGE_SIZE;
  const nextCursor = end < matching.length ? String(end) : null;
  const query = writeView(view);
  return {
    today: list.today,
    generatedAt: list.generatedAt,
    total: list.patients.length,
    alerting: list.patients.filter((p) => p.alerts.length > 0).length,
    matching: matching.length,
    patients: matching.slice(offset, end),
    nextCursor,
    next: nextCursor === null ? null : `/api/physio/patients${query ? `${query}&` : "?"}cursor=${nextCursor}`,
  };
}
