// Which kinds of session the runner's plan has on a day (for a reminder's one general line).
import "server-only";
import type { Db } from "@/lib/db/client";
import { toCheckIn, toCheckInVersion, toIntake, toPlanEvent, toSettings } from "@/lib/db/mappers";
import { listSupersededVersions } from "@/lib/server/check-in/version-queries";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { findPlan, listPlanEvents } from "@/lib/server/plan/queries";
import { computePlanState, type SessionKind } from "@/lib/engine";

export async function todaySessionKinds(db: Db, planId: string, date: string): Promise<SessionKind[]> {
  const row = await findPlan(db, planId);
  if (!row) return [];
  const [checkIns, versions, events] = await Promise.all([
    listCheckIns(db, planId),
    listSupersededVersions(db, planId),
    listPlanEvents(db, planId),
  ]);
  const state = computePlanState(
    {
      intake: toIntake(row),
      settings: toSettings(row),
      checkIns: checkIns.map(toCheckIn),
      earlierVersions: versions.map(toCheckInVersion),
      events: events.map(toPlanEvent),
    },
    date,
  );
  return state.week.find((day) => day.date === date)?.sessions.map((s) => s.kind) ?? [];
}
