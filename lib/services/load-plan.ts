// A plan with everything the engine replays, loaded only for a caller entitled to it. Anyone else
// gets NOT_FOUND, the same answer as for a plan that does not exist.
import { desc, eq } from "drizzle-orm";
import { canSeePlan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { toCheckIn, toCheckInVersion, toIntake, toPlanEvent, toSettings } from "@/lib/db/mappers";
import { listSupersededVersions } from "@/lib/db/queries/check-in-versions";
import { listCheckIns } from "@/lib/db/queries/check-ins";
import { findPlan, listPlanEvents, type PlanRow } from "@/lib/db/queries/plans";
import { plans } from "@/lib/db/schema";
import { computePlanState, type CheckIn, type PlanInput, type Intake, type PlanEvent, type PlanSettings, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";

// `earlierVersions`: reports a later correction of the same day replaced (the red-flag rule reads them).
export type LoadedPlan = { row: PlanRow; intake: Intake; settings: PlanSettings; checkIns: CheckIn[]; earlierVersions: CheckIn[]; events: PlanEvent[] };

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export async function loadPlan(db: Db, caller: SessionUser, planId: string, allowed = canSeePlan): Promise<LoadedPlan> {
  const row = isUuid(planId) ? await findPlan(db, planId) : undefined;
  if (!row || !allowed(caller, row)) throw new AppError("NOT_FOUND", "errors.planNotFound");
  const [checkInRows, versionRows, eventRows] = await Promise.all([listCheckIns(db, row.id), listSupersededVersions(db, row.id), listPlanEvents(db, row.id)]);
  return { row, intake: toIntake(row), settings: toSettings(row), checkIns: checkInRows.map(toCheckIn), earlierVersions: versionRows.map(toCheckInVersion), events: eventRows.map(toPlanEvent) };
}

export async function findCurrentPlanId(db: Db, runnerId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.runnerId, runnerId)).orderBy(desc(plans.createdAt)).limit(1);
  return row?.id;
}

// A discharged plan stands still on its discharge day: what it showed then is what it shows now.
export function stateOf(plan: LoadedPlan, today: string): PlanState {
  const asOf = plan.row.dischargedOn && plan.row.dischargedOn < today ? plan.row.dischargedOn : today;
  return computePlanState(planInput(plan), asOf);
}

/** What the engine replays for a loaded plan: the latest check-ins, and every version they replaced. */
export function planInput(plan: LoadedPlan): PlanInput {
  return { intake: plan.intake, settings: plan.settings, checkIns: plan.checkIns, earlierVersions: plan.earlierVersions, events: plan.events };
}

// A discharged plan is archived: it can be read and exported, never changed.
export function assertOpen(plan: LoadedPlan): void {
  if (plan.row.dischargedOn) throw new AppError("CONFLICT", "errors.planDischarged");
}
