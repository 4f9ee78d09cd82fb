// The operator's command, `npm run admin`, against the security suite's database, and the physio
// status it sets.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { db, query } from "./client";

/** Runs `npm run admin -- ARGS`: its exit code and everything it printed. */
export const admin = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "lib/scripts/admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: db() },
  }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );

export const physioStatusOf = async (id: string) =>
  (await query<{ status: string }>(`select status from physio_profiles where user_id = $1`, [id]))[0]!.status;
