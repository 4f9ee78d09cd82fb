// The production app as `npm start` runs it, started from a test: its own process group (so a
// kill -9 can take the start script, Next and PostgreSQL down at once), its own port and data folder,
// output in a log file beside the data. Only 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type App = {
  port: number;
  baseUrl: string;
  /** The start script's pid, which is also the process group's id. */
  pid: number;
  child: ChildProcess;
  logFile: string;
  /** The embedded PostgreSQL's port (from postmaster.pid), or undefined with DATABASE_URL. */
  pgPort?: number;
};

export type StartOptions = {
  port: number;
  /** Folder of this test's files, e.g. .data/reliability-kill9 (the database goes in <root>/postgres). */
  root: string;
  /** Build first when the build is older than the sources (the first start of a file). */
  build?: boolean;
  env?: Record<string, string>;
  /** How long to wait for /api/health to answer 200. */
  timeoutMs?: number;
};

export const dataDirOf = (root: string) => path.resolve(root, "postgres");

export function tailOf(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export async function waitForHealth(
  baseUrl: string,
  timeoutMs: number,
  isDone: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isDone()) {
    const status = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${baseUrl} did not become healthy`);
}

export async function startApp(options: StartOptions): Promise<App> {
  const root = path.resolve(options.root);
  fs.mkdirSync(root, { recursive: true });
  const logFile = path.join(root, "app.log");
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/start.ts"], {
    // Leads its own process group: process.kill(-pid) reaches Next and PostgreSQL too.
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      COMEBACK_DATA_DIR: dataDirOf(root),
      COMEBACK_SEED: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      // As behind one proxy: each test client says who it is in X-Forwarded-For (support/http.ts).
      TRUSTED_PROXY_HOPS: "1",
      ...(options.build ? {} : { COMEBACK_SKIP_BUILD: "1" }),
      ...options.env,
    },
  });
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(baseUrl, options.timeoutMs ?? (options.build ? 240_000 : 60_000), () => exited);
    if (exited) throw new Error("the start command exited");
  } catch (error) {
    if (!exited) killGroup(child.pid!);
    throw new Error(`${(error as Error).message}\n--- ${logFile}\n${tailOf(logFile)}`);
  }
  return { port: options.port, baseUrl, pid: child.pid!, child, logFile, pgPort: embeddedPgPort(root) };
}

export function embeddedPgPort(root: string): number | undefined {
  try {
    const line = fs.readFileSync(path.join(dataDirOf(root), "postmaster.pid"), "utf8").split("\n")[3];
    return line ? Number(line.trim()) : undefined;
  } catch {
    return undefined;
  }
}

export function killGroup(pid: number, signal: NodeJS.Signals = "SIGKILL") {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

type ProcInfo = { pid: number; pgrp: number; state: string; cmdline: string };

function processes(): ProcInfo[] {
  const found: ProcInfo[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its closing parenthesis.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      found.push({ pid: Number(entry), pgrp: Number(pgrp), state: state ?? "", cmdline });
    } catch {
      // gone while we looked
    }
  }
  return found;
}

/** Live processes (zombies count: they still hold their pid) of a group, or mentioning a marker such as a data folder. */
export function leftovers(opts: { pgid?: number; marker?: string }): string[] {
  return processes()
    .filter(
      (p) =>
        p.pid !== process.pid &&
        ((opts.pgid !== undefined && p.pgrp === opts.pgid) ||
          (opts.marker !== undefined && p.cmdline.includes(opts.marker))),
    )
    .map((p) => `${p.pid} [${p.state}] ${p.cmdline || "(no cmdline)"}`);
}

/** Waits until nothing of a group (or mentioning a marker) remains; resolves to what is still there. */
export async function waitUntilGone(opts: { pgid?: number; marker?: string }, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = leftovers(opts);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** kill -9 of the whole app: the start script, Next and PostgreSQL at once. */
export async function crash(app: App): Promise<void> {
  killGroup(app.pid, "SIGKILL");
  const left = await waitUntilGone({ pgid: app.pid });
  if (left.length) throw new Error(`still running after kill -9:\n${left.join("\n")}`);
}

/** A normal stop, as `npm start` gets on Ctrl-C: SIGTERM to the start script, which stops Next, then PostgreSQL. */
export async function stopApp(app: App, timeoutMs = 30_000): Promise<void> {
  if (app.child.exitCode === null && app.child.signalCode === null) {
    const exited = new Promise((r) => app.child.once("exit", r));
    app.child.kill("SIGTERM");
    const timer = setTimeout(() => killGroup(app.pid), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
  const left = await waitUntilGone({ pgid: app.pid });
  if (left.length) {
    killGroup(app.pid);
    throw new Error(`still running after stop:\n${left.join("\n")}`);
  }
}

/** Nothing may be left listening on the port or running on the data folder. */
export async function expectNothingLeft(root: string, port: number): Promise<void> {
  const left = await waitUntilGone({ marker: path.resolve(root) });
  if (left.length) throw new Error(`processes left on ${root}:\n${left.join("\n")}`);
  const answered = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`something still answers on port ${port}`);
}

export function removeRoot(root: string) {
  fs.rmSync(path.resolve(root), { recursive: true, force: true });
}
