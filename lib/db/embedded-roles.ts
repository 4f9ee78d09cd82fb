// The embedded server's roles: a superuser used only to set up roles (initdb's bootstrap user,
// "comeback_admin"), the owner "comeback" that owns the database and runs migrations and the job
// queue's set-up without superuser rights, and the app role that serves (lib/db/app-role.ts).
// Folders made before had "comeback" itself as the bootstrap superuser: the first start renames it to
// "comeback_admin" and makes a new, ordinary "comeback" that takes over everything the app made.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";

export const OWNER = "comeback";
export const ADMIN = "comeback_admin";
// Only ever exists for a moment during the upgrade of an old folder (a role cannot rename itself).
const UPGRADER = "comeback_upgrade";

type Urls = { admin: string; owner: string };
const randomPassword = () => randomBytes(24).toString("base64url");

function writeSecret(file: string, value: string): void {
  fs.writeFileSync(`${file}.tmp`, value, { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function canSignIn(url: string): Promise<boolean> {
  try {
    await withClient(url, async () => undefined);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "28P01") return false; // no such role, or another password
    throw error;
  }
}

/**
 * Makes the roles right, on every start (each step does nothing when already done, so a start cut off
 * half-way finishes next time). `urlAs(role, password)` is a URL to the server's "postgres" database.
 */
export async function settleRoles(options: {
  adminPasswordFile: string;
  ownerPasswordFile: string;
  urlAs: (role: string, password: string) => string;
}): Promise<Urls> {
  const { adminPasswordFile, ownerPasswordFile, urlAs } = options;
  if (!fs.existsSync(adminPasswordFile)) {
    // An old folder: the owner's password is the bootstrap superuser's, which becomes the admin's.
    writeSecret(adminPasswordFile, fs.readFileSync(ownerPasswordFile, "utf8").trim());
    writeSecret(ownerPasswordFile, randomPassword());
  }
  const adminPassword = fs.readFileSync(adminPasswordFile, "utf8").trim();
  // A start cut off between the two files above left the owner with the admin's password.
  if (fs.readFileSync(ownerPasswordFile, "utf8").trim() === adminPassword)
    writeSecret(ownerPasswordFile, randomPassword());
  const ownerPassword = fs.readFileSync(ownerPasswordFile, "utf8").trim();
  const admin = urlAs(ADMIN, adminPassword);
  if (!(await canSignIn(admin))) await renameOldSuperuser(urlAs(OWNER, adminPassword), urlAs);
  await withClient(admin, async (client) => {
    // Made here from url-safe base64 (no quote can occur); ALTER ROLE takes no bind parameter.
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${OWNER}') then create role ${OWNER}; end if;
    end $$`);
    await client.query(
      `alter role ${OWNER} with login password '${ownerPassword}' nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    );
    await client.query(`alter database postgres owner to ${OWNER}`);
    await client.query(HAND_OVER);
    await client.query(`drop role if exists ${UPGRADER}`);
  });
  return { admin, owner: urlAs(OWNER, ownerPassword) };
}

// The old bootstrap superuser "comeback" becomes "comeback_admin" (keeping its password: SCRAM secrets
// survive a rename), through a short-lived second superuser, in one transaction.
async function renameOldSuperuser(oldUrl: string, urlAs: (role: string, password: string) => string) {
  const password = randomPassword();
  await withClient(oldUrl, async (client) => {
    await client.query(`drop role if exists ${UPGRADER}`);
    await client.query(`create role ${UPGRADER} with login superuser password '${password}'`);
  });
  await withClient(urlAs(UPGRADER, password), async (client) => {
    await client.query("begin");
    await client.query(`alter role ${OWNER} rename to ${ADMIN}`);
    await client.query(`create role ${OWNER}`);
    await client.query("commit");
  });
}

// Everything the admin owns outside PostgreSQL's own schemas (the app's tables, the migrations' and the
// job queue's schemas, the triggers' functions, enum types) goes to the owner. REASSIGN OWNED cannot
// be used: the bootstrap superuser also owns the system's objects. A sequence that belongs to a column
// follows its table.
const HAND_OVER = `do $$
declare
  admin oid := (select oid from pg_roles where rolname = '${ADMIN}');
  r record;
begin
  for r in select nspname from pg_namespace
    where nspowner = admin and nspname not like 'pg\\_%' and nspname <> 'information_schema' loop
    execute format('alter schema %I owner to ${OWNER}', r.nspname);
  end loop;
  for r in select c.oid::regclass::text as name, c.relkind from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where c.relowner = admin and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
      and c.relkind in ('r', 'p', 'v', 'm', 'S')
      and not (c.relkind = 'S' and exists (select from pg_depend d
        where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))) loop
    execute format('alter %s %s owner to ${OWNER}',
      case r.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end,
      r.name);
  end loop;
  for r in select p.oid::regprocedure::text as name from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    where p.proowner = admin and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
    execute format('alter routine %s owner to ${OWNER}', r.name);
  end loop;
  for r in select t.oid::regtype::text as name, t.typtype from pg_type t
    join pg_namespace n on n.oid = t.typnamespace
    where t.typowner = admin and t.typtype in ('e', 'd', 'r') and n.nspname not like 'pg\\_%'
      and n.nspname <> 'information_schema' loop
    execute format('alter %s %s owner to ${OWNER}', case r.typtype when 'd' then 'domain' else 'type' end, r.name);
  end loop;
end $$`;
