// Save (or correct) the runner's check-in for a day, then replay the plan and return the decision.
import { differenceInCalendarDays, parseISO } from "date-fns";
import { canCheckIn } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/db/queries/check-ins";
import { appendAudit } from "@/lib/db/queries/plans";
import { CheckIn, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { invalidInput } from "./invalid-input";
import { loadPlan, stateOf } from "./load-plan";
import { syncPlanSummary } from "./sync-plan-summary";

export const MAX_DAYS_BACK = 7;

export type RecordCheckInResult = { state: PlanState; corrected: boolean };

export async function recordCheckIn(db: Db, caller: SessionUser, params: { planId: string; input: unknown; today: string }): Promise<RecordCheckInResult> {
  // Who may report comes first: someone else's plan is NOT_FOUND whatever the body says.
  const plan = await loadPlan(db, caller, params.planId, canCheckIn);
  const parsed = CheckIn.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const checkIn = parsed.data;
  const daysBack = differenceInCalendarDays(parseISO(params.today), parseISO(checkIn.date));
  if (daysBack < 0) throw new AppError("INVALID_INPUT", "errors.checkInFuture", { field: "date" });
  if (daysBack > MAX_DAYS_BACK) throw new AppError("INVALID_INPUT", "errors.checkInTooOld", { field: "date", days: MAX_DAYS_BACK });

  // Saved or corrected is what the database did, not what we read before: two saves of a new day at
  // once give one "saved" and one "corrected", with audit rows to match.
  const corrected = await db.transaction(async (tx) => {
    const { inserted } = await upsertCheckIn(tx, { planId: plan.row.id, ...checkInColumns(checkIn) });
    await appendAudit(tx, { actorId: caller.id, planId: plan.row.id, action: inserted ? "check_in.saved" : "check_in.corrected", detail: { date: checkIn.date } });
    return !inserted;
  });
  const checkIns = [...plan.checkIns.filter((c) => c.date !== checkIn.date), checkIn].sort((a, b) => a.date.localeCompare(b.date));
  const state = stateOf({ ...plan, checkIns }, params.today);
  await syncPlanSummary(db, { id: plan.row.id, intake: plan.intake, checkIns }, state);
  return { state, corrected };
}
