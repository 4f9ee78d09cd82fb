// `npm run admin -- <command>`: the operator's commands, against DATABASE_URL or the embedded
// database (the running one when `npm start` is up, otherwise started for the command).
//   list-physios                       every physio with BIG number, practice and status
//   approve-physio EMAIL [--name N] [--practice P] [--yes]   after checking the BIG register; refuses a
//                                      BIG number in use or an unconfirmed address, and stops at a
//                                      look-alike name or mixed scripts unless --yes
//   revoke-physio EMAIL                patients and invites out of reach at once
import "@/lib/runtime/allow-server-only";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { runningOwnerUrl, startPostgres } from "@/lib/db/postgres-server";
import type { PhysioListing } from "@/lib/server/physio/profile-queries";
import { AdminError, approvePhysio, listPhysios, revokePhysio } from "@/lib/server/physio/admin";

const usage = `Usage: npm run admin -- <command>
  list-physios
  approve-physio EMAIL [--name "Display name"] [--practice "Practice"] [--yes]
  revoke-physio EMAIL`;

// The embedded server `npm start` is running, if any: postmaster.pid line 4 holds its port.

async function withAdminDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const dataDir = path.resolve(process.env.COMEBACK_DATA_DIR ?? ".data/postgres");
  const running = runningOwnerUrl(dataDir);
  if (running) return run(running);
  const server = await startPostgres({ dataDir });
  try {
    await migrateDatabase(server.url);
    return await run(server.url);
  } finally {
    await server.stop();
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const line = (p: PhysioListing) =>
  [
    p.status.padEnd(8),
    p.email,
    `"${p.name}"`,
    `BIG ${p.bigNumber}`,
    `"${p.practice}"`,
    p.createdAt.toISOString().slice(0, 10),
  ].join("  ");

export async function runAdmin(args: string[], url: string, out: (text: string) => void = console.log): Promise<void> {
  const [command, email] = args;
  const { db, pool } = createDb(url, 2);
  try {
    if (command === "list-physios") {
      const physios = await listPhysios(db);
      out(physios.length ? physios.map(line).join("\n") : "No physio accounts yet.");
    } else if ((command === "approve-physio" || command === "revoke-physio") && email && !email.startsWith("--")) {
      if (command === "approve-physio") {
        const result = await approvePhysio(db, email, {
          name: option(args, "--name"),
          practice: option(args, "--practice"),
          confirmed: args.includes("--yes"),
        });
        out([`Approved: ${line(result)}`, ...result.warnings.map((w) => `  ! ${w} (approved with --yes)`)].join("\n"));
      } else {
        out(`Revoked: ${line(await revokePhysio(db, email))}`);
      }
    } else {
      throw new AdminError(usage);
    }
  } finally {
    await pool.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  withAdminDatabase((url) => runAdmin(process.argv.slice(2), url)).then(
    () => process.exit(0),
    (error: unknown) => {
      // A wrong email or usage is the operator's to fix: the message, no stack.
      console.error(error instanceof AdminError || error instanceof Error ? error.message : String(error));
      process.exit(error instanceof AdminError ? 2 : 1);
    },
  );
}
