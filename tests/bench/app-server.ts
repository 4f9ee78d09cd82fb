// The production app for benchmarks: started by the same start command as `npm start`, on its own
// port and a fresh data folder, on 127.0.0.1 only.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ownerUrlOf } from "../../lib/db/postgres-server";

export type BenchServer = { baseUrl: string; databaseUrl: string; stop: () => Promise<void> };

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the app exited during start-up");
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not become healthy in time");
}

function stopOf(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

export async function startBenchServer(port: number, dataDir: string): Promise<BenchServer> {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      COMEBACK_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  const pgPort = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  return {
    baseUrl,
    databaseUrl: ownerUrlOf(dataDir, Number(pgPort)),
    stop: stopOf(child),
  };
}

// A further app server on the first one's PostgreSQL, as production runs several: DATABASE_URL set (so
// it starts no database, migrates (nothing left to do) and prepares the job queue as the owner, and
// serves as the app role),
// the same session secret, its own port and folder (for its local mail sink), the build already made.
export async function startExtraServer(
  port: number,
  first: BenchServer,
  firstDataDir: string,
  dataDir: string,
): Promise<BenchServer> {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = fs.readFileSync(path.join(path.dirname(firstDataDir), "auth-secret"), "utf8").trim();
  // Served as the app role, as production runs (docs/operations.md, Database roles).
  const appUrl = new URL(first.databaseUrl);
  appUrl.username = "comeback_app";
  appUrl.password = fs.readFileSync(path.join(path.dirname(firstDataDir), "app-db-password"), "utf8").trim();
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: first.databaseUrl,
      DATABASE_APP_URL: appUrl.toString(),
      BETTER_AUTH_SECRET: secret,
      COMEBACK_DATA_DIR: dataDir,
      COMEBACK_SKIP_BUILD: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return { baseUrl, databaseUrl: first.databaseUrl, stop: stopOf(child) };
}

// Signs up through better-auth's HTTP endpoints, then signs in (sign-up itself never signs in), and
// returns the session cookie.
export async function signUpCookie(baseUrl: string, email: string): Promise<{ cookie: string; userId: string }> {
  const post = (path: string, body: unknown) =>
    fetch(`${baseUrl}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify(body),
    });
  const password = "maple-orbit-signal-7";
  const signUp = await post("sign-up/email", { name: email.split("@")[0], email, password });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const response = await post("sign-in/email", { email, password });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = (await response.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}
