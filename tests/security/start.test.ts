// What `npm start` sets up: the app on a role that cannot administer the database, and with your own
// DATABASE_URL no demo accounts (their password is in the README) and nothing beyond loopback.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { adminUrlOf, findFreePort } from "@/lib/db/postgres-server";
import { describe, expect, it } from "vitest";
import { dataDirOf, killGroup, tailOf, waitForHealth, waitUntilGone } from "../reliability/support/app";
import { sql } from "../reliability/support/db";
import { db, env, query } from "./support/client";

const EXTERNAL_PORT = await findFreePort();
const admin = <T extends Record<string, unknown> = Record<string, unknown>>(text: string) =>
  sql<T>(adminUrlOf(dataDirOf(env().root), env().pgPort), text);

// The same server and database as the app role the start command made (password kept beside the data).
function appRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = "comeback_app";
  url.password = fs.readFileSync(`${env().root}/app-db-password`, "utf8").trim();
  return url.toString();
}

function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return fs
    .readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A")
    .map((cols) => cols[1]!.split(":")[0]!);
}

describe("the start command", () => {
  it("serves requests as a role without superuser rights", async () => {
    await fetch(`${env().baseUrl}/api/health`);
    // Read as the superuser: the owner, no superuser itself, does not see other roles' sessions in full.
    const roles = await admin<{ usename: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
      `select distinct a.usename, r.rolsuper, r.rolcreaterole, r.rolcreatedb from pg_stat_activity a join pg_roles r on r.rolname = a.usename
       where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_type = 'client backend'`,
    );
    expect(roles).toEqual([{ usename: "comeback_app", rolsuper: false, rolcreaterole: false, rolcreatedb: false }]);
    const appUrl = appRoleUrl(db());
    await expect(sql(appUrl, "create table security_probe (id int)")).rejects.toThrow(/permission denied/);
    await expect(sql(appUrl, "alter table check_ins disable trigger all")).rejects.toThrow(/must be owner/);
  });

  it("no server runs as a superuser: the embedded owner that migrated is none, nor may it make roles or databases", async () => {
    const [owner] = await query<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
      `select rolname, rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user`,
    );
    expect(owner).toEqual({ rolname: "comeback", rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const [tables] = await query<{ owners: string }>(
      `select string_agg(distinct pg_get_userbyid(relowner)::text, ',') as owners from pg_class c
         join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'pgboss', 'drizzle') and c.relkind = 'r'`,
    );
    expect(tables!.owners).toBe("comeback");
    await expect(query("create role probe")).rejects.toThrow(/permission denied/);
  });

  it("with DATABASE_URL seeds no demo accounts and listens on 127.0.0.1 only", async () => {
    // Your own server, as the README lays it out: a database owned by a plain role that migrates.
    await admin("drop database if exists security_external");
    await admin("create database security_external owner comeback");
    const url = db().replace(/\/postgres$/, "/security_external");
    const logFile = `${env().root}/external.log`;
    const out = fs.openSync(logFile, "w");
    const { HOST: _host, ...inherited } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/start.ts"], {
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...inherited,
        NODE_ENV: "production",
        PORT: String(EXTERNAL_PORT),
        DATABASE_URL: url,
        // The production layout: migrated by the owner (no superuser), served as the app role.
        DATABASE_APP_URL: appRoleUrl(url),
        BETTER_AUTH_SECRET: "s".repeat(40),
        COMEBACK_SKIP_BUILD: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    fs.closeSync(out);
    try {
      await waitForHealth(`http://127.0.0.1:${EXTERNAL_PORT}`, 100_000).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}\n${tailOf(logFile)}`);
      });
      expect(await sql(url, `select email from "user"`)).toEqual([]);
      expect(listeningAddresses(EXTERNAL_PORT)).toEqual(["0100007F"]);
    } finally {
      killGroup(child.pid!, "SIGTERM");
      await waitUntilGone({ pgid: child.pid! });
      await admin("drop database if exists security_external with (force)");
    }
  }, 120_000);
});
