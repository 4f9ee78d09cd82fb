// The embedded server's life cycle: restart keeps data; a crashed parent's orphan is recovered.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ownerUrlOf, startPostgres } from "@/lib/db/postgres-server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "comeback-pgtest-"));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function postgresPids(dataDir: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = fs.readFileSync(`/proc/${p}/cmdline`, "utf8");
        return cmd.includes("postgres") && cmd.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("embedded PostgreSQL", () => {
  it("keeps committed rows across a stop and start, and leaves no process behind", async () => {
    const dataDir = path.join(root, "restart");
    const first = await startPostgres({ dataDir });
    await query(first.url, "create table t (v int); insert into t values (42)");
    await first.stop();
    expect(postgresPids(dataDir)).toEqual([]);
    const second = await startPostgres({ dataDir });
    expect(await query(second.url, "select v from t")).toEqual([{ v: 42 }]);
    await second.stop();
    expect(postgresPids(dataDir)).toEqual([]);
  });

  it("recovers after kill -9 of the process that started it, with every committed row intact", async () => {
    const dataDir = path.join(root, "crash");
    const script = `
      // A CommonJS module seen from ESM (no "type" in package.json): its exports are on the default.
      import server from ${JSON.stringify(path.resolve("lib/db/postgres-server.ts"))};
      const { startPostgres } = server;
      import pg from ${JSON.stringify(path.resolve("node_modules/pg/lib/index.js"))};
      const s = await startPostgres({ dataDir: ${JSON.stringify(dataDir)} });
      const c = new pg.Client({ connectionString: s.url }); await c.connect();
      await c.query("create table t (v int)");
      for (let i = 0; i < 50; i++) await c.query("insert into t values ($1)", [i]);
      console.log("ready");
      setInterval(() => {}, 1000);
    `;
    const file = path.join(root, "crash-child.mts");
    fs.writeFileSync(file, script);
    const child = spawn(process.execPath, ["--import", "tsx", file], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      child.on("exit", () => reject(new Error("child exited early")));
    });
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(postgresPids(dataDir).length).toBeGreaterThan(0); // the orphan still holds the folder

    const server = await startPostgres({ dataDir });
    expect(await query(server.url, "select count(*)::int as n from t")).toEqual([{ n: 50 }]);
    await server.stop();
    expect(postgresPids(dataDir)).toEqual([]);
  });

  it("starts on a data folder whose path is over 150 characters (no Unix socket in it)", async () => {
    const dataDir = path.join(root, "a-deep-checkout".repeat(6), "with-a-long-data-folder-name", "postgres");
    expect(dataDir.length).toBeGreaterThan(150);
    const server = await startPostgres({ dataDir });
    try {
      expect(await query(server.url, "select 1 as one")).toEqual([{ one: 1 }]);
      // Only a superuser may read this setting; the owner is none.
      expect(await query(server.adminUrl, "show unix_socket_directories")).toEqual([{ unix_socket_directories: "" }]);
    } finally {
      await server.stop();
    }
  });

  it("gives each data folder its own owner password, kept beside it for its owner only", async () => {
    const dataDir = path.join(root, "password", "postgres");
    const server = await startPostgres({ dataDir });
    await server.stop();
    const file = path.join(root, "password", "owner-db-password");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(server.url).toContain(`:${password}@`);
    expect(ownerUrlOf(dataDir, server.port)).toBe(server.url);
  });
});
