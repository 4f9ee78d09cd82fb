// A fresh, migrated database for one test file, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

export type TestDb = { db: Db; pool: pg.Pool; url: string };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

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
  await admin((c) => c.query(`create database ${name}`));
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  if (options.migrate !== false) await migrateDatabase(url);
  const { db, pool } = createDb(url, 5);
  afterAll(async () => {
    await pool.end();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });
  return { db, pool, url };
}
