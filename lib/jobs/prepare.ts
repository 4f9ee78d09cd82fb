// Run by `npm start` as the database owner, where the migrations run: pg-boss creates (or migrates)
// its schema and our queues, then the app role gets the rights to use them and nothing more. The app
// serves as a role without CREATE (lib/db/app-role.ts), so it could not make these tables itself.
import PgBoss from "pg-boss";
import pg from "pg";
import { JOB_SCHEMA, QUEUES } from "./queues";

export async function prepareJobs(ownerUrl: string, appRole?: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    max: 2,
  });
  let failure: unknown;
  boss.on("error", (error) => (failure ??= error));
  await boss.start();
  try {
    // create_queue does nothing for a queue that exists; a second server starting at once is fine.
    for (const queue of QUEUES) await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (failure) throw failure;
  if (!appRole) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Rows only: the app role sends, fetches and completes jobs, but never creates or drops a queue.
    // Two owners granting at once (servers starting together) update the same catalog rows, which
    // PostgreSQL refuses with "tuple concurrently updated": one at a time, under a transaction lock.
    await client.query("begin");
    await client.query("select pg_advisory_xact_lock(hashtext('comeback.jobs.grants'))");
    await client.query(`grant usage on schema ${JOB_SCHEMA} to ${appRole}`);
    await client.query(`grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${appRole}`);
    await client.query(`grant usage, select on all sequences in schema ${JOB_SCHEMA} to ${appRole}`);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
