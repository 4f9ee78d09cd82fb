// One real PostgreSQL for the whole vitest run: the embedded server on a free port in a temporary
// folder, or the server in TEST_DATABASE_URL. The migrations run once, into a template database; each
// test file then gets its own fresh database as a copy of it (tests/setup/test-db.ts), which is much
// quicker than migrating every file's database from nothing.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { startPostgres } from "@/lib/db/postgres-server";
import { withDatabase } from "./database-url";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

async function onServer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// Migrated by the same role that creates (and so owns) each test file's database, as each file's own
// migration did before: the tables, their owner and every grant are copied with the template. Roles
// are the server's, not a database's, so a test that makes the app role makes it for itself as before.
// The name is this run's own, so two runs against one TEST_DATABASE_URL server do not meet.
async function makeTemplate(adminUrl: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `test_template_${randomBytes(6).toString("hex")}`;
  await onServer(adminUrl, `create database ${name}`);
  await migrateDatabase(withDatabase(adminUrl, name));
  return { name, drop: () => onServer(adminUrl, `drop database if exists ${name} with (force)`) };
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const template = await makeTemplate(external);
    project.provide("adminDatabaseUrl", external);
    project.provide("templateDatabase", template.name);
    return template.drop;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-vitest-"));
  fs.chmodSync(root, 0o755); // PostgreSQL runs as the "postgres" user under root
  const server = await startPostgres({ dataDir: path.join(root, "pg") });
  const template = await makeTemplate(server.adminUrl);
  project.provide("adminDatabaseUrl", server.adminUrl);
  project.provide("templateDatabase", template.name);
  return async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
}
