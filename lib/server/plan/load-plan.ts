// A plan with everything the engine replays, loaded only for a caller entitled to it. Anyone else
// gets NOT_FOUND, the same answer as for a plan that does not exist.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { canSeePlan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { toCheckIn, toCheckInVersion, toIntake, toPlanEvent, toSettings } from "@/lib/db/mappers";
import {
  findCurrentPlanWithHistory,
  findPlanWithHistory,
  type PlanWithHistory,
} from "@/lib/server/plan/history-queries";
import { runnerMenuFacts, type PlanRow } from "@/lib/server/plan/queries";
import { plans } from "@/lib/db/schema";
import {
  computePlanState,
  type CheckIn,
  type PlanInput,
  type Intake,
  type PlanEvent,
  type PlanSettings,
  type PlanState,
} from "@/lib/engine";
import { DEFAULT_TIME_ZONE, todayIn } from "@/lib/dates";
import { AppError } from "@/lib/errors";

// `earlierVersions`: reports a later correction of the same day replaced (the red-flag rule reads them).
// `today`: the runner's calendar day in the runner's time zone, the one "today" of the plan for everyone who
// looks at it or changes it (a physio in another zone included); worked out here and nowhere else.
export type LoadedPlan = {
  row: PlanRow;
  intake: Intake;
  settings: PlanSettings;
  checkIns: CheckIn[];
  earlierVersions: CheckIn[];
  events: PlanEvent[];
  today: string;
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export async function loadPlan(db: Db, caller: SessionUser, planId: string, allowed = canSeePlan): Promise<LoadedPlan> {
  // One statement reads the row and its history; someone not entitled gets none of it back.
  const found = isUuid(planId) ? await findPlanWithHistory(db, planId) : undefined;
  if (!found || !allowed(caller, found.row)) throw new AppError("NOT_FOUND", "errors.planNotFound");
  return toLoaded(found);
}

/** The runner's current (newest) plan, loaded in one statement; undefined without a plan. */
export async function loadCurrentPlan(db: Db, caller: SessionUser): Promise<LoadedPlan | undefined> {
  const found = await findCurrentPlanWithHistory(db, caller.id);
  if (!found) return undefined;
  if (!canSeePlan(caller, found.row)) throw new AppError("NOT_FOUND", "errors.planNotFound");
  return toLoaded(found);
}

function toLoaded({ row, checkIns, superseded, events, runnerTimeZone }: PlanWithHistory): LoadedPlan {
  return {
    row,
    today: todayIn(runnerTimeZone ?? DEFAULT_TIME_ZONE),
    intake: toIntake(row),
    settings: toSettings(row),
    checkIns: checkIns.map(([date, data]) => toCheckIn({ date, data } as Parameters<typeof toCheckIn>[0])),
    earlierVersions: superseded.map(([date, data]) => toCheckInVersion({ date, data })),
    events: events.map(([date, kind, payload]) =>
      toPlanEvent({ date, kind, payload } as Parameters<typeof toPlanEvent>[0]),
    ),
  };
}

/** Whether the runner's current plan was closed by their physio (the menu then drops the check-in). */
export async function findCurrentPlanId(db: Db, runnerId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(eq(plans.runnerId, runnerId))
    .orderBy(desc(plans.createdAt))
    .limit(1);
  return row?.id;
}

// A discharged plan stands still on its discharge day: what it showed then is what it shows now.
export function stateOf(plan: LoadedPlan, today: string): PlanState {
  const asOf = plan.row.dischargedOn && plan.row.dischargedOn < today ? plan.row.dischargedOn : today;
  return computePlanState(planInput(plan), asOf);
}

/** What the engine replays for a loaded plan: the latest check-ins, and every version they replaced. */
function planInput(plan: LoadedPlan): PlanInput {
  return {
    intake: plan.intake,
    settings: plan.settings,
    checkIns: plan.checkIns,
    earlierVersions: plan.earlierVersions,
    events: plan.events,
  };
}

// A discharged plan is archived: it can be read and exported, never changed.
export function assertOpen(plan: LoadedPlan): void {
  if (plan.row.dischargedOn) throw new AppError("CONFLICT", "errors.planDischarged");
}

/** What the runner's menu needs: no Check-in on a closed plan, no Messages without a physio. */
export async function runnerMenuState(db: Db, runnerId: string): Promise<{ closed: boolean; withMessages: boolean }> {
  return runnerMenuFacts(db, runnerId);
}
