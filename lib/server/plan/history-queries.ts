// A plan row with everything the engine replays (check-ins, the versions corrections replaced, events)
// in ONE statement: the lists come back as JSON arrays of [date, ...] beside the row. Four round trips
// (two of them one after the other) were most of a check-in's and the today page's database time.
import "server-only";
import { desc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { plans } from "@/lib/db/schema";
import type { PlanRow } from "./queries";

export type PlanWithHistory = {
  row: PlanRow;
  /** [date, data] per day, by date. */
  checkIns: [string, unknown][];
  /** [date, data] of every version a later save of the same day replaced, by date and version. */
  superseded: [string, unknown][];
  /** [date, kind, payload], by date and time. */
  events: [string, string, unknown][];
  /** The runner's time zone: the plan's days are the runner's calendar days. */
  runnerTimeZone: string | null;
};

// The outer row is named in full ("plans"."id"): drizzle writes a column of a one-table select without
// its table, which inside these subqueries would mean the subquery's own id.
const history = {
  checkIns: sql<
    [string, unknown][]
  >`coalesce((select json_agg(json_build_array(c.date, c.data) order by c.date) from check_ins c where c.plan_id = "plans"."id"), '[]'::json)`,
  superseded: sql<
    [string, unknown][]
  >`coalesce((select json_agg(json_build_array(v.date, v.data) order by v.date, v.version) from check_in_versions v where v.plan_id = "plans"."id" and v.version < (select max(w.version) from check_in_versions w where w.plan_id = v.plan_id and w.date = v.date)), '[]'::json)`,
  events: sql<
    [string, string, unknown][]
  >`coalesce((select json_agg(json_build_array(e.date, e.kind, e.payload) order by e.date, e.created_at) from plan_events e where e.plan_id = "plans"."id"), '[]'::json)`,
  runnerTimeZone: sql<string | null>`(select u.time_zone from "user" u where u.id = "plans"."runner_id")`,
};

async function selectOne(db: Db, where: SQL, newestFirst: boolean): Promise<PlanWithHistory | undefined> {
  const query = db
    .select({ row: getTableColumns(plans), ...history })
    .from(plans)
    .where(where);
  const [found] = newestFirst ? await query.orderBy(desc(plans.createdAt)).limit(1) : await query;
  return found;
}

export const findPlanWithHistory = (db: Db, id: string) => selectOne(db, eq(plans.id, id), false);

/** The runner's newest plan (the one the app shows), with its history. */
export const findCurrentPlanWithHistory = (db: Db, runnerId: string) =>
  selectOne(db, eq(plans.runnerId, runnerId), true);
