// `npm start` on a fresh clone must serve the app without a separate build step, and must never
// serve a build older than the sources: build when .next/BUILD_ID is missing or older than any source.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SW_OUTPUT, buildServiceWorker } from "./build-sw";

const SOURCES = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "package-lock.json", "proxy.ts"];
const SKIP = new Set(["node_modules", ".next", ".data", "migrations", "cli"]);

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (!SKIP.has(name)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function isBuildStale(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

export async function buildIfStale(): Promise<void> {
  if (process.env.COMEBACK_SKIP_BUILD === "1") return;
  if (!isBuildStale()) {
    if (!fs.existsSync(SW_OUTPUT)) await buildServiceWorker();
    return;
  }
  console.log("[comeback] building the app (first start or changed sources, about a minute)");
  await buildServiceWorker();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code})`))));
  });
}
