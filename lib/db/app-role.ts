// The app serves requests as a role that can read and write rows and nothing more: no superuser, no
// DDL, no roles, no COPY to files. Migrations and the demo seed run as the owner before it starts.
// For the embedded server this role is made here; with your own DATABASE_URL, see docs/operations.md, Database roles.
import pg from "pg";

export const APP_ROLE = "comeback_app";

// The role is made by a role that may make roles (`adminUrl`: the embedded server's superuser; the owner
// has no such right), its rights on the tables come from their owner.
export async function ensureAppRole(ownerUrl: string, password: string, adminUrl = ownerUrl): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,}$/.test(password))
    throw new Error("the app role's password must be a long url-safe random string");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // A password cannot be a bind parameter in ALTER ROLE; it is checked above to hold no quote.
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${APP_ROLE}') then create role ${APP_ROLE}; end if;
    end $$`);
    await client.query(
      `alter role ${APP_ROLE} with login password '${password}' nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    );
  } finally {
    await client.end();
  }
  await grantAppRights(ownerUrl, APP_ROLE);
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

// Rows of the app's tables and nothing more, for the role that serves (made above, or the role of
// DATABASE_APP_URL in production): run by the owner at every start, after the migrations.
export async function grantAppRights(ownerUrl: string, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`not a plain role name: ${role}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("select current_database() as db")).rows[0]!.db;
    await client.query(`grant connect on database "${database.replaceAll('"', '""')}" to ${role}`);
    await client.query(`revoke create on schema public from public`);
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select on all sequences in schema public to ${role}`);
  } finally {
    await client.end();
  }
}

/** The role a database URL signs in as, and whether it is a superuser. */
export async function roleOf(url: string): Promise<{ name: string; superuser: boolean }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; superuser: boolean }>(
      "select current_user as name, rolsuper as superuser from pg_roles where rolname = current_user",
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}
