// One real PostgreSQL for the whole vitest run: the embedded server on a free port in a temporary
// folder, or the server in TEST_DATABASE_URL. Each test file then creates its own fresh database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startPostgres } from "@/lib/db/postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("adminDatabaseUrl", external);
    return async () => {};
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-vitest-"));
  fs.chmodSync(root, 0o755); // PostgreSQL runs as the "postgres" user under root
  const server = await startPostgres({ dataDir: path.join(root, "pg") });
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
}
