// `npm start` / `npm run dev`: the database life cycle lives here, outside Next.
// DATABASE_URL unset → start the embedded PostgreSQL in .data/ (recovering from a crash), migrate and
// seed demo data into an empty database as its owner (no superuser either: lib/db/embedded-roles.ts),
// then serve the app as a role without superuser rights (lib/db/app-role.ts). DATABASE_URL set (the owner's) → migrate that server, prepare the job
// queue and grant rows-only rights to DATABASE_APP_URL's role, then serve as that role (production:
// several stateless app servers in front of one PostgreSQL); no demo data ever goes there. No server
// ever serves as a superuser.
import "./allow-server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureAppRole, grantAppRights, roleOf } from "@/lib/db/app-role";
import { prepareJobs } from "@/lib/jobs/prepare";
import { localVapidKeys } from "@/lib/push/vapid";
import { migrateDatabase } from "@/lib/db/migrate";
import { startPostgres, type PostgresServer } from "@/lib/db/postgres-server";
import { startMailSink, type MailSink } from "@/lib/mail/local-sink";
import { buildIfStale } from "./build-if-stale";
import { seedIfEmpty } from "@/lib/scripts/seed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
// Loopback unless HOST says otherwise: a demo with known passwords is not for the whole network.
const host = process.env.HOST ?? "127.0.0.1";
const log = (message: string) => console.log(`[comeback] ${message}`);

const nextPidFile = path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres", "..", "next.pid");

// After a kill -9 of this script its Next child lives on, holding the port: stop it first.
function stopOrphanedNext() {
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(nextPidFile, "utf8"));
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("serve.ts")) process.kill(pid, "SIGKILL");
  } catch {
    // no pid file, or that process is gone: nothing to stop
  }
}

// With the embedded database, the session secret and the app role's password are made once and kept beside the data.
function localSecret(dataDir: string, name: string): string {
  const file = path.join(path.dirname(dataDir), name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

let postgres: PostgresServer | undefined;
let next: ChildProcess | undefined;
let mailSink: MailSink | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  // Stop taking requests first, then stop the database, so no acknowledged write is cut off.
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise((r) => next!.once("exit", r));
    next.kill("SIGTERM");
    const timer = setTimeout(() => next?.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await mailSink?.stop();
  if (postgres) {
    log("stopping PostgreSQL");
    await postgres.stop();
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres");
    log(`starting embedded PostgreSQL in ${dataDir}`);
    postgres = await startPostgres({ dataDir, port: process.env.PGPORT ? Number(process.env.PGPORT) : undefined });
    databaseUrl = postgres.url;
    log(`PostgreSQL ready on 127.0.0.1:${postgres.port}`);
  }
  if (stopping) return;
  const authSecret =
    process.env.BETTER_AUTH_SECRET ?? (postgres ? localSecret(postgres.dataDir, "auth-secret") : undefined);
  if (!authSecret)
    throw new Error("BETTER_AUTH_SECRET is not set: with your own DATABASE_URL, set a long random secret too.");
  await migrateDatabase(databaseUrl);
  log("migrations applied");
  // Demo accounts with a published password belong in the embedded database only.
  if (postgres && process.env.COMEBACK_SEED !== "off") {
    const seeded = await seedIfEmpty(databaseUrl, authSecret);
    if (seeded) log("demo data seeded (see README for the demo accounts)");
  }
  // Without SMTP_URL, mail stays on this machine: .eml files beside the database, one line each here.
  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    const mailDir = path.join(path.dirname(path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres")), "mail");
    mailSink = await startMailSink({ dir: mailDir, log: (line) => log(`mail ${line}`) });
    smtpUrl = mailSink.url;
    log(`no SMTP_URL: email is kept in ${mailDir} (local mail server on 127.0.0.1:${mailSink.port})`);
  }
  const appUrl = postgres
    ? await ensureAppRole(databaseUrl, localSecret(postgres.dataDir, "app-db-password"), postgres.adminUrl)
    : (process.env.DATABASE_APP_URL ?? databaseUrl);
  const serving = await roleOf(appUrl);
  if (serving.superuser)
    throw new Error(
      `the app would serve as the superuser "${serving.name}": set DATABASE_APP_URL to a role without superuser rights (docs/operations.md, Database roles)`,
    );
  const owner = await roleOf(databaseUrl);
  // The embedded app role got its rights from ensureAppRole; DATABASE_APP_URL's role gets them here.
  if (!postgres && serving.name !== owner.name) await grantAppRights(databaseUrl, serving.name);
  // The job queue's schema and every queue are made by the owner; the serving role only gets to use them.
  await prepareJobs(databaseUrl, serving.name !== owner.name ? serving.name : undefined);
  log(`job queue ready; serving as database role ${serving.name}`);
  // Web push: keys from the environment, or made once beside the embedded database like the auth secret.
  const vapid =
    process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY
      ? undefined
      : postgres
        ? localVapidKeys(path.dirname(postgres.dataDir))
        : undefined;
  if (!dev) await buildIfStale();
  if (stopping) return;
  stopOrphanedNext();
  // COMEBACK_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (docs/performance.md, Profiling).
  next = spawn(
    process.execPath,
    [
      ...(process.env.COMEBACK_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.COMEBACK_CPU_PROF}`] : []),
      "--import",
      "tsx",
      path.resolve(__dirname, "serve.ts"),
      ...(dev ? ["--dev"] : []),
    ],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        PORT: port,
        HOST: host,
        DATABASE_URL: appUrl,
        BETTER_AUTH_SECRET: authSecret,
        SMTP_URL: smtpUrl,
        ...(vapid ? { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey } : {}),
        NODE_ENV: dev ? "development" : "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  if (next.pid) fs.writeFileSync(nextPidFile, String(next.pid));
  log(`Comeback on http://${host === "0.0.0.0" || host === "::" ? "localhost" : host}:${port}`);
  next.on("exit", (code, signal) => {
    if (!stopping) {
      log(`Next stopped (${signal ?? code}); stopping`);
      void shutdown(code ?? 1);
    }
  });
}

main().catch(async (error: unknown) => {
  console.error(`[comeback] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
