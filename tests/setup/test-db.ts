// A fresh, migrated database for one test file, dropped afterwards: a copy of the run's template
// database (migrated once in tests/setup/global-setup.ts), or an empty one when asked for.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { withDatabase } from "./database-url";

export type TestDb = { db: Db; pool: pg.Pool; url: string };

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  // Nothing ever connects to the template, which PostgreSQL needs to copy it; files copy it side by side.
  const template = options.migrate === false ? "template1" : inject("templateDatabase");
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  const { db, pool } = createDb(url, 5);
  afterAll(async () => {
    await pool.end();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });
  return { db, pool, url };
}
