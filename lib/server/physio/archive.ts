// The physio's archive: discharged patients (search by name), and reopening one into a new plan. The old plan
// stays as it was (read-only, with its history); the runner's pages follow the new one.
import "server-only";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { hasNewerPlan, listArchivedRows, type ArchivedRow } from "@/lib/server/physio/archive-queries";
import { appendAudit, insertPlan } from "@/lib/server/plan/queries";
import { Intake } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { ReopenInput } from "@/lib/forms/schemas/plan-control";
import { syncPlanSummary } from "@/lib/server/plan/sync-plan-summary";

const MAX_QUERY = 100;

export async function listArchivedPatients(db: Db, caller: SessionUser, q: string): Promise<ArchivedRow[]> {
  if (!isVerifiedPhysio(caller)) throw new AppError("FORBIDDEN", "errors.forbidden");
  return listArchivedRows(db, caller.id, q.trim().slice(0, MAX_QUERY));
}

// A discharged patient comes back (a relapse, a new injury at the same site): a new plan from today with the
// old intake and settings, the last normal run as the physio enters it. Only the linked physio, only a
// discharged plan, and only once (a second reopen of the same plan is a CONFLICT).
// The input is the reopen form's parsed value (ReopenSchema).
export async function reopenPlan(db: Db, caller: SessionUser, params: TypedPlanChange<ReopenInput>): Promise<string> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params, {
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
