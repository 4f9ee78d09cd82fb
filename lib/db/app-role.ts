// The app serves requests as a role that can read and write rows and nothing more: no superuser, no
// DDL, no roles, no COPY to files. Migrations and the demo seed run as the owner before it starts.
// For the embedded server this role is made here; with your own DATABASE_URL, see the README.
import pg from "pg";

export const APP_ROLE = "comeback_app";

export async function ensureAppRole(ownerUrl: string, password: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,}$/.test(password))
    throw new Error("the app role's password must be a long url-safe random string");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("select current_database() as db")).rows[0]!.db;
    // A password cannot be a bind parameter in ALTER ROLE; it is checked above to hold no quote.
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${APP_ROLE}') then create role ${APP_ROLE}; end if;
    end $$`);
    await client.query(
      `alter role ${APP_ROLE} with login password '${password}' nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    );
    await client.query(`grant connect on database "${database.replaceAll('"', '""')}" to ${APP_ROLE}`);
    await client.query(`revoke create on schema public from public`);
    await client.query(`grant usage on schema public to ${APP_ROLE}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE}`);
    await client.query(`grant usage, select on all sequences in schema public to ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
