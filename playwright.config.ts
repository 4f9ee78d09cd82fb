import "./lib/runtime/allow-server-only";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

// The production build, started by the same command as `npm start`, on a fresh data folder.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve(`.data/e2e-${port}/postgres`);
if (!process.env.TEST_WORKER_INDEX) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });

// Journeys that sign in to the seeded demo accounts (Femke, Anna, Eva, Fleur, Carmen, Bram) or link runners
// to Femke change what the others see of them (a dashboard filter that finds one "car" found two when a
// runner of the readiness journey was linked to Femke at the same time), and the life-cycle journey
// starts a second server: these run one at a time, in file order as before. Every other journey signs up
// accounts of its own, so it can run beside them.
const SHARED = [
  "account",
  "authorization",
  "authorization-matrix",
  "check-in-day",
  "check-in-history",
  "check-in-short",
  "discharge",
  "handout",
  "intake-correction",
  "lifecycle",
  "messages",
  "note-form",
  "onboarding",
  "page-sweep",
  "patient-overview",
  "physio-control",
  "physio-dashboard",
  "progress-calendar",
  "readiness-approval",
  "red-flag-triage",
  "regional-dates",
  "return-by-tissue",
  "runner-daily",
].map((name) => `**/${name}.spec.ts`);
const chromium = { ...devices["Desktop Chrome"], channel: undefined };
const fromAddress = (address: string) => ({ extraHTTPHeaders: { "X-Forwarded-For": address } });

export default defineConfig({
  testDir: "e2e",
  // Two lanes at once against the one server: the shared-account journeys in one worker, and the
  // journeys with accounts of their own in the other (E2E_WORKERS=1 runs everything in turn).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
  // The shared lane first, so that it starts at once and the other worker takes the own-account lane.
  // Each lane comes from an address of its own, as two people behind one proxy would (the server
  // believes one proxy hop here): the per-address limits (50 sign-ups in 15 minutes) count each lane
  // apart, as they counted the one lane before.
  projects: [
    { name: "shared-accounts", testMatch: SHARED, workers: 1, use: { ...chromium, ...fromAddress("10.0.1.1") } },
    { name: "own-accounts", testIgnore: SHARED, use: { ...chromium, ...fromAddress("10.0.2.1") } },
  ],
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
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
