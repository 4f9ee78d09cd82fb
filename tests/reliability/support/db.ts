// Direct database access for what a client cannot do quickly (a plan that started a week ago) and
// for checking what was stored. The behaviour under test always goes through HTTP.
import { createHash } from "node:crypto";
import { subDays, format, parseISO } from "date-fns";
import pg from "pg";
import { ownerUrlOf } from "@/lib/db/postgres-server";
import { dataDirOf } from "./app";
import { restDayCheckIn } from "@/lib/scripts/sample-check-in";
import { todayIn } from "@/lib/dates";
import { CheckIn, computePlanState, defaultSettings, Intake } from "@/lib/engine";
import { buildPlanSummary } from "@/lib/server/plan/plan-summary";

/** The owner's URL of a test app's embedded database (its password is kept beside the data folder). */
export const pgUrl = (port: number, root: string) => ownerUrlOf(dataDirOf(root), port);

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The runners' calendar day (new users live in Europe/Amsterdam), and days before it. */
export const today = () => todayIn("Europe/Amsterdam");
export const daysAgo = (days: number) => format(subDays(parseISO(today()), days), "yyyy-MM-dd");

/** A plan for the runner with this email, started `startedDaysAgo` days ago, as onboarding would make it. */
export async function createPlan(url: string, email: string, startedDaysAgo = 7): Promise<string> {
  const [user] = await sql<{ id: string }>(url, `select id from "user" where email = $1`, [email]);
  if (!user) throw new Error(`no user ${email}`);
  const intake = Intake.parse({
    site: "calf",
    tissue: "muscle",
    lastRunOn: daysAgo(startedDaysAgo + 3),
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 50,
    trainingDays: [2, 4, 6],
    startOn: daysAgo(startedDaysAgo),
  });
  const settings = defaultSettings(intake);
  const state = computePlanState({ intake, settings, checkIns: [], events: [] }, today());
  const [plan] = await sql<{ id: string }>(
    url,
    `insert into plans (runner_id, intake, settings, phase, status, summary) values ($1, $2, $3, $4, $5, $6) returning id`,
    [user.id, intake, settings, state.phase, state.status, buildPlanSummary(state, intake, [])],
  );
  return plan!.id;
}

/** A valid check-in (a quiet rest day); `overrides` make each one recognisable. */
export const buildCheckIn = restDayCheckIn;

/** JSON with sorted keys, so stored jsonb and a sent payload compare by content. */
// A check-in is compared as the server stores it: the engine's schema fills in what a client may leave
// out (the newer warning signs default to "no"), so a sent payload and its stored row read the same.
export function canonical(value: unknown): string {
  const parsed = CheckIn.safeParse(value);
  return JSON.stringify(parsed.success ? parsed.data : value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export type StoredCheckIn = { plan_id: string; date: string; data: Record<string, unknown> };

export async function storedCheckIns(url: string): Promise<StoredCheckIn[]> {
  return sql<StoredCheckIn>(
    url,
    `select plan_id, to_char(date, 'YYYY-MM-DD') as date, data from check_ins order by plan_id, date`,
  );
}

/** A digest of the rows of the tables a bad request must never change. */
export async function digestOf(
  url: string,
  tables = ["check_ins", "plans", "plan_events", "phase_transitions", "onboarding_drafts"],
): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of tables) {
    const rows = await sql(url, `select * from ${table} order by 1`);
    digests[table] = `${rows.length}:${createHash("sha256").update(canonical(rows)).digest("hex").slice(0, 16)}`;
  }
  return digests;
}
