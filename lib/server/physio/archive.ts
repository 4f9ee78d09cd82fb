// The physio's archive: discharged patients (search by name), and reopening one into a new plan. The old plan
// stays as it was (read-only, with its history); the runner's pages follow the new one.
import "server-only";
import { z } from "zod";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { hasNewerPlan, listArchivedRows, type ArchivedRow } from "@/lib/server/physio/archive-queries";
import { appendAudit, insertPlan } from "@/lib/server/plan/queries";
import { Intake, IsoDate } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf } from "../plan/load-plan";
import { loadPlanChange, type PlanChangeParams } from "../plan/plan-change-input";
import { syncPlanSummary } from "../plan/sync-plan-summary";

const MAX_QUERY = 100;

export async function listArchivedPatients(db: Db, caller: SessionUser, q: string): Promise<ArchivedRow[]> {
  if (!isVerifiedPhysio(caller)) throw new AppError("FORBIDDEN", "errors.forbidden");
  return listArchivedRows(db, caller.id, q.trim().slice(0, MAX_QUERY));
}

const ReopenInput = z.object({ lastRunOn: IsoDate });

// A discharged patient comes back (a relapse, a new injury at the same site): a new plan from today with the
// old intake and settings, the last normal run as the physio enters it. Only the linked physio, only a
// discharged plan, and only once (a second reopen of the same plan is a CONFLICT).
export async function reopenPlan(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<string> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, ReopenInput, {
    check: (p) => {
      if (!p.row.dischargedOn) throw new AppError("CONFLICT", "physio.archive.errors.notDischarged");
    },
  });
  if (input.lastRunOn > today)
    throw new AppError("INVALID_INPUT", "physio.archive.errors.lastRunFuture", { field: "lastRunOn" });
  if (await hasNewerPlan(db, plan.row.runnerId, plan.row.id))
    throw new AppError("CONFLICT", "physio.archive.errors.reopened");
  const intake = Intake.parse({ ...plan.intake, startOn: today, lastRunOn: input.lastRunOn });
  const row = await db.transaction(async (tx) => {
    const created = await insertPlan(tx, {
      runnerId: plan.row.runnerId,
      physioId: caller.id,
      intake,
      settings: plan.settings,
    });
    await appendAudit(tx, {
      actorId: caller.id,
      planId: created.id,
      action: "plan.reopened",
      detail: { fromPlanId: plan.row.id },
    });
    return created;
  });
  const loaded = await loadPlan(db, caller, row.id, () => true);
  await syncPlanSummary(db, { id: row.id, intake, checkIns: [] }, stateOf(loaded, today));
  return row.id;
}
