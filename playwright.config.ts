import "./lib/runtime/allow-server-only";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

// The production build, started by the same command as `npm start`, on a fresh data folder.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve(`.data/e2e-${port}/postgres`);
if (!process.env.TEST_WORKER_INDEX) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Each shard of `npm run test:e2e` has its own port, so its own results and report folder.
  outputDir: `test-results/e2e-${port}`,
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: `playwright-report/e2e-${port}` }]],
  // A journey on 2 cores (server, database and browser share them) with axe runs takes 10-30 s.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node --import tsx lib/runtime/start.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    // COMEBACK_SHOWCASE: the page with every card a runner can be shown, for the page sweep.
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      COMEBACK_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      COMEBACK_SHOWCASE: "1",
    },
  },
});
