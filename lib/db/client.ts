// The pool is created on first use and kept on globalThis, so `next build` never touches the
// database and hot reloads in development do not open a new pool each time.
import { drizzle, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";

// The database or a transaction on it: every query function accepts either.
export type Db = PgDatabase<NodePgQueryResultHKT, typeof schema>;

type Holder = { pool?: pg.Pool; db?: Db };
const holder = globalThis as typeof globalThis & { __comebackDb?: Holder };

export function createDb(connectionString: string, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  return { db: drizzle(pool, { schema }), pool };
}

export function getDb(): Db {
  const h = (holder.__comebackDb ??= {});
  if (!h.db) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
    const created = createDb(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
    h.pool = created.pool;
    h.db = created.db;
  }
  return h.db;
}
