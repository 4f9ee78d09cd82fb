// One production app for the whole security suite, with no trusted proxy (as `npm start` runs it):
// every request from the tests comes from 127.0.0.1, whatever X-Forwarded-For they claim.
import type { TestProject } from "vitest/node";
import { findFreePort } from "@/lib/db/postgres-server";
import { removeRoot, startApp, stopApp, type App } from "../../reliability/support/app";

export const SECURITY_ROOT = ".data/security";

declare module "vitest" {
  export interface ProvidedContext {
    security: { baseUrl: string; pgPort: number; logFile: string; root: string };
  }
}

let app: App | undefined;

export async function setup(project: TestProject) {
  removeRoot(SECURITY_ROOT);
  app = await startApp({
    port: await findFreePort(),
    root: SECURITY_ROOT,
    build: true,
    env: { TRUSTED_PROXY_HOPS: "", LOG_LEVEL: "info" },
  });
  project.provide("security", { baseUrl: app.baseUrl, pgPort: app.pgPort!, logFile: app.logFile, root: SECURITY_ROOT });
}

export async function teardown() {
  if (app) await stopApp(app);
  removeRoot(SECURITY_ROOT);
}
