// Save (or correct) the runner's check-in for a day, then replay the plan and return the decision.
import "server-only";
import { differenceInCalendarDays, parseISO } from "date-fns";
import { z } from "zod";
import { canCheckIn } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { dayVersion, saveCheckInVersion } from "@/lib/server/check-in/version-queries";
import { appendAudit } from "@/lib/server/plan/queries";
import { CheckIn, triageRedFlags, type Decision, type PlanState, type PlanStatus } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { notifyUser } from "@/lib/server/notification/notify";
import { assertOpen, loadPlan, stateOf } from "../plan/load-plan";
import { loadPlanChange, type PlanChangeParams } from "../plan/plan-change-input";
import { syncPlanSummary } from "../plan/sync-plan-summary";

export const MAX_DAYS_BACK = 7;

// The version of the day the report was made from (0: the day had none), sent with the report. Optional:
// a report queued on a phone before reports carried it is saved as before.
const BaseVersion = z.object({ baseVersion: z.int().min(0).max(1_000_000).optional() });

/** What the runner is shown the moment a check-in is saved. */
export type CheckInOutcome = {
  decision: Decision;
  status: PlanStatus;
  phase: number;
  corrected: boolean;
  date: string;
};

/** `version` is the day's new version; null when the same answers arrived again and nothing was written. */
export type RecordCheckInResult = { state: PlanState; corrected: boolean; version: number | null };

/** The version of a day the check-in form starts from (the caller's plan, already loaded for them). */
export const versionOfDay = (db: Db, planId: string, date: string) => dayVersion(db, planId, date);

export async function recordCheckIn(
  db: Db,
  caller: SessionUser,
  params: PlanChangeParams,
): Promise<RecordCheckInResult> {
  // Who may report comes first: someone else's plan is NOT_FOUND whatever the body says.
  const {
    plan,
    today,
    input: checkIn,
  } = await loadPlanChange(db, caller, params, CheckIn, {
    load: (d, c, id) => loadPlan(d, c, id, canCheckIn),
    check: assertOpen,
  });
  const base = BaseVersion.safeParse(params.input);
  if (!base.success) throw new AppError("INVALID_INPUT", "errors.invalidInput", { field: "baseVersion" });
  const daysBack = differenceInCalendarDays(parseISO(today), parseISO(checkIn.date));
  if (daysBack < 0) throw new AppError("INVALID_INPUT", "errors.checkInFuture", { field: "date" });
  if (daysBack > MAX_DAYS_BACK)
    throw new AppError("INVALID_INPUT", "errors.checkInTooOld", { field: "date", days: MAX_DAYS_BACK });

  // The same answers again (a check-in queued offline whose first send did arrive) write nothing:
  // a duplicate send is harmless and adds no correction to the physio's history.
  const replaced = plan.checkIns.find((c) => c.date === checkIn.date);
  if (replaced && sameReport(replaced, checkIn)) return { state: stateOf(plan, today), corrected: true, version: null };

  // A correction keeps the report it replaces as an earlier version (history, not overwrite). Saved or
  // corrected is what the database did, not what we read before: two saves of a new day at once give
  // one "saved" and one "corrected", with audit rows to match. A report made from an older version than
  // the day has now is refused whole: the newer one stays, the sender keeps theirs as a draft.
  const { corrected, version } = await db.transaction(async (tx) => {
    const author = { id: caller.id, role: caller.role };
    const saved = await saveCheckInVersion(tx, {
      checkIn: { planId: plan.row.id, ...checkInColumns(checkIn) },
      author,
      firstAuthor: { id: plan.row.runnerId, role: "runner" },
      baseVersion: base.data.baseVersion,
    });
    const corrected = !saved.row.inserted;
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: corrected ? "check_in.corrected" : "check_in.saved",
      detail: { date: checkIn.date, version: saved.version },
    });
    return { corrected, version: saved.version };
  });
  const checkIns = [...plan.checkIns.filter((c) => c.date !== checkIn.date), checkIn].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const earlierVersions = replaced ? [...plan.earlierVersions, replaced] : plan.earlierVersions;
  const state = stateOf({ ...plan, checkIns, earlierVersions }, today);
  await syncPlanSummary(db, { id: plan.row.id, intake: plan.intake, checkIns }, state);
  if (plan.row.physioId !== caller.id) await tellPhysio(db, plan.row.physioId, plan.row.id, plan.row.status, state);
  return { state, corrected, version };
}

// The linked physio hears at once (after the commit) when this report paused the plan on a red flag or
// left a transition waiting for their approval: only that it happened, never what was reported. The
// status before is the one stored with the plan (kept in step by syncPlanSummary): no second replay.
async function tellPhysio(
  db: Db,
  physioId: string | null,
  planId: string,
  before: PlanState["status"],
  after: PlanState,
): Promise<void> {
  if (!physioId) return;
  if (after.status === "paused_red_flag" && before !== "paused_red_flag")
    await notifyUser(db, {
      userId: physioId,
      kind: "red_flag",
      planId,
      urgency: triageRedFlags(after.redFlags.map((r) => r.key)).urgency,
    });
  else if (after.status === "awaiting_approval" && before !== "awaiting_approval")
    await notifyUser(db, { userId: physioId, kind: "approval_waiting", planId });
}

function sameReport(a: CheckIn, b: CheckIn): boolean {
  return JSON.stringify(CheckIn.parse(a)) === JSON.stringify(CheckIn.parse(b));
}
