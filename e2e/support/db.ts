// Direct access to the e2e server's embedded database, for setting up what a browser cannot do
// quickly (a plan that started days ago) and for checking what was stored. Never used to fake reads.
import path from "node:path";
import pg from "pg";
import { runningOwnerUrl } from "@/lib/db/postgres-server";

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve(`.data/e2e-${port}/postgres`);

function databaseUrl(): string {
  const url = runningOwnerUrl(dataDir);
  if (!url) throw new Error(`no embedded PostgreSQL running on ${dataDir}`);
  return url;
}

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// "This runner started N days ago": moves the plan's start (and last run) back in time.
export async function startPlanDaysAgo(email: string, days: number) {
  await sql(
    `update plans set intake = intake
       || jsonb_build_object('startOn', to_char((intake->>'startOn')::date - $2::int, 'YYYY-MM-DD'))
       || jsonb_build_object('lastRunOn', to_char((intake->>'lastRunOn')::date - $2::int, 'YYYY-MM-DD'))
     where runner_id = (select id from "user" where email = $1)`,
    [email, days],
  );
}

export async function planIdOf(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `select p.id from plans p join "user" u on u.id = p.runner_id where u.email = $1`,
    [email],
  );
  if (!row) throw new Error(`no plan for ${email}`);
  return row.id;
}
