import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { WeekAdherence } from "@/lib/engine";
import type { Db } from "@/lib/db/client";
import { planEvents, plans, user } from "@/lib/db/schema";
import { unreadForPhysio } from "../messaging/queries";

export type PatientRow = {
  planId: string;
  name: string;
  site: string | null;
  phase: number;
  status: (typeof plans.$inferSelect)["status"];
  lastCheckInOn: string | null;
  startOn: string | null;
  phaseStartedOn: string | null;
  checkInCount: number | null;
  backToLevelOn: string | null;
  isEstimate: boolean | null;
  pendingTransition: number | null;
  level: { current: number; total: number } | null;
  recentPain: number[] | null;
  painRising: boolean | null;
  weeks: WeekAdherence[] | null;
  /** The red flags of a paused plan (reason keys); null in a snapshot written before they were kept. */
  redFlags: string[] | null;
  /** The day the plan paused for a red flag (the snapshot's red-flag alert); null when not paused. */
  redFlagSince: string | null;
  /** Messages from the patient the physio has not read (a grouped count joined in). */
  unreadMessages: number;
};

// The dashboard's one query: every plan linked to the physio with the runner's name and the fields
// of the snapshot it shows (plans_physio_idx), picked out by PostgreSQL so hundreds of patients cost
// one round trip, no replay and no parsing of whole snapshots. Null fields: no snapshot written yet.
// Discharged patients are archived: off this (active) dashboard, still on their own page and export.
export async function listPatientRows(db: Db, physioId: string): Promise<PatientRow[]> {
  const s = plans.summary;
  const unread = unreadForPhysio(db, physioId).as("unread");
  return db
    .select({
      planId: plans.id,
      name: user.name,
      // The site as the physio last corrected it (an intake correction), else as entered.
      site: sql<string | null>`coalesce((
        select e.payload->'intake'->>'site' from ${planEvents} e
        where e.plan_id = ${plans.id} and e.kind = 'intake_correction' and e.payload->'intake'->>'site' is not null
        order by e.date desc, e.created_at desc limit 1), ${plans.intake}->>'site')`,
      phase: plans.phase,
      status: plans.status,
      lastCheckInOn: plans.lastCheckInOn,
      startOn: sql<string | null>`${s}->>'startOn'`,
      phaseStartedOn: sql<string | null>`${s}->>'phaseStartedOn'`,
      checkInCount: sql<number | null>`(${s}->>'checkInCount')::int`,
      backToLevelOn: sql<string | null>`${s}->>'backToLevelOn'`,
      isEstimate: sql<boolean | null>`(${s}->>'isEstimate')::boolean`,
      pendingTransition: sql<number | null>`(${s}->>'pendingTransition')::int`,
      level: sql<{ current: number; total: number } | null>`nullif(${s}->'level', 'null'::jsonb)`,
      recentPain: sql<number[] | null>`jsonb_path_query_array(${s}, '$.recentPain[*].max')`,
      painRising: sql<boolean | null>`jsonb_path_exists(${s}, '$.alerts[*] ? (@.kind == "pain_rising")')`,
      weeks: sql<WeekAdherence[] | null>`${s}->'adherence'`,
      redFlags: sql<string[] | null>`${s}->'redFlags'`,
      redFlagSince: sql<
        string | null
      >`jsonb_path_query_first(${s}, '$.alerts[*] ? (@.kind == "red_flag").on') #>> '{}'`,
      unreadMessages: sql<number>`coalesce(${unread.unread}, 0)::int`,
    })
    .from(plans)
    .innerJoin(user, eq(user.id, plans.runnerId))
    .leftJoin(unread, eq(unread.planId, plans.id))
    .where(and(eq(plans.physioId, physioId), isNull(plans.dischargedOn)))
    .orderBy(desc(plans.createdAt));
}

export async function findRunnerName(db: Db, runnerId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, runnerId));
  return row?.name;
}
