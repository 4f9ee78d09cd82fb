// The start command's life cycle, on its own data folder and port: a clean stop leaves no process,
// a kill -9 loses nothing, and the next start recovers the orphaned servers.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ownerUrlOf } from "@/lib/db/postgres-server";
import { expect } from "@playwright/test";
import { test } from "./support/test";

// A free port `npm run test:e2e` took for it (next to the shard's own when run by hand).
const port = Number(process.env.E2E_LIFECYCLE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const dataDir = path.resolve(`.data/e2e-lifecycle-${port}/postgres`);

function start(): { child: ChildProcess; ready: Promise<number> } {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      COMEBACK_DATA_DIR: dataDir,
      COMEBACK_SEED: "off",
      COMEBACK_SKIP_BUILD: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      output += d.toString();
      const pgPort = /PostgreSQL ready on 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (pgPort && /Ready in|Comeback on/.test(output)) resolve(Number(pgPort));
    });
    child.on("exit", (code) => reject(new Error(`start exited (${code}): ${output}`)));
  });
  return { child, ready };
}

async function healthy() {
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
}

async function sql(pgPort: number, text: string) {
  const client = new pg.Client({ connectionString: ownerUrlOf(dataDir, pgPort) });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function processesUsing(marker: string): string[] {
  return fs
    .readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, "utf8").replaceAll("\0", " ");
      } catch {
        return "";
      }
    })
    .filter((cmd) => cmd.includes(marker));
}

test.describe.configure({ timeout: 180_000 });

test("the app survives kill -9 with its data, and a normal stop leaves no process behind", async () => {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  const first = start();
  const pgPort = await first.ready;
  await healthy();
  await sql(pgPort, `insert into "user"(id, name, email) values ('lifecycle', 'Lifecycle', 'lifecycle@example.test')`);

  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));
  expect(processesUsing(dataDir).length).toBeGreaterThan(0); // the orphaned PostgreSQL

  const second = start();
  const pgPort2 = await second.ready;
  await healthy();
  expect(await sql(pgPort2, `select email from "user" where id = 'lifecycle'`)).toEqual([
    { email: "lifecycle@example.test" },
  ]);

  second.child.kill("SIGTERM");
  const code = await new Promise((r) => second.child.once("exit", r));
  expect(code).toBe(0);
  expect(processesUsing(dataDir)).toEqual([]);
  await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
});
