// Run by `npm start` as the database owner, where the migrations run: pg-boss creates (or migrates)
// its schema and every queue, its own cron queue included, then the app role gets the rights to use
// them and nothing more. The app serves as a role without CREATE (lib/db/app-role.ts), so it could
// not make these tables or queues itself; anything it cannot do must be done here.
import { PgBoss } from "pg-boss";
import pg from "pg";
import { JOB_SCHEMA, NOTIFY_QUEUE, QUEUES } from "./queues";

// pg-boss 11 rewrote its schema (version 25) with no migration from pg-boss 10's (24 and lower).
const FIRST_SUPPORTED_VERSION = 25;
const LEGACY_SCHEMA = `${JOB_SCHEMA}_v10`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A database last served by pg-boss 10: its schema is set aside, to be emptied into the new one.
async function setAsideLegacySchema(client: pg.Client): Promise<void> {
  await client.query("begin");
  try {
    await client.query("select pg_advisory_xact_lock(hashtext('comeback.jobs.legacy'))");
    const present = await client.query(`select to_regclass('${JOB_SCHEMA}.version') is not null as yes`);
    if (present.rows[0]?.yes) {
      const { rows } = await client.query<{ version: number }>(`select version from ${JOB_SCHEMA}.version`);
      if (rows[0] && rows[0].version < FIRST_SUPPORTED_VERSION)
        await client.query(`alter schema ${JOB_SCHEMA} rename to ${LEGACY_SCHEMA}`);
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  }
}

// Notifications queued under pg-boss 10 and not sent yet are queued again, then the old schema goes.
// Reminders and digests need nothing: the next scan finds whoever is still due.
async function drainLegacySchema(client: pg.Client, boss: PgBoss): Promise<number> {
  const exists = await client.query(`select 1 from pg_namespace where nspname = $1`, [LEGACY_SCHEMA]);
  if (exists.rowCount === 0) return 0;
  const pending = await client.query<{ data: object }>(
    `select data from ${LEGACY_SCHEMA}.job where name = $1 and state in ('created', 'retry', 'active')`,
    [NOTIFY_QUEUE],
  );
  for (const { data } of pending.rows) await boss.send(NOTIFY_QUEUE, data);
  await client.query(`drop schema ${LEGACY_SCHEMA} cascade`);
  return pending.rows.length;
}

export async function prepareJobs(ownerUrl: string, appRole?: string): Promise<void> {
  await withClient(ownerUrl, setAsideLegacySchema);
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
    max: 2,
  });
  let failure: unknown;
  boss.on("error", (error) => (failure ??= error));
  await boss.start();
  try {
    // create_queue does nothing for a queue that exists; a second server starting at once is fine.
    for (const queue of QUEUES) await boss.createQueue(queue.name, { ...queue.options });
    await withClient(ownerUrl, (client) => drainLegacySchema(client, boss));
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
  if (failure) throw failure;
  if (appRole) await grantJobRights(ownerUrl, appRole);
}

// Rows only: the app role sends, fetches and completes jobs, but never creates or drops a queue.
// Two owners granting at once (servers starting together) update the same catalog rows, which
// PostgreSQL refuses with "tuple concurrently updated": one at a time, under a transaction lock.
async function grantJobRights(ownerUrl: string, appRole: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(appRole)) throw new Error(`not a plain role name: ${appRole}`);
  await withClient(ownerUrl, async (client) => {
    try {
      await client.query("begin");
      await client.query("select pg_advisory_xact_lock(hashtext('comeback.jobs.grants'))");
      await client.query(`grant usage on schema ${JOB_SCHEMA} to ${appRole}`);
      await client.query(`grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${appRole}`);
      await client.query(`grant usage, select on all sequences in schema ${JOB_SCHEMA} to ${appRole}`);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    }
  });
}
