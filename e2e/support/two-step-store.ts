// What the sign-in fixture knows of two-step sign-in, kept in files in the run's data folder rather than
// in the worker's memory: Playwright starts a new worker after a failed test, but the server still
// refuses the codes the old worker used (a code works once), and still honours its sessions. One file
// per account: journeys run in two workers at once, and a shared file rewritten by both would lose one
// worker's change; an account is only ever signed in by journeys of one worker lane (playwright.config.ts).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Cookie } from "@playwright/test";

type Account = { key?: string; used: string[]; session?: Cookie[] };

const port = Number(process.env.E2E_PORT ?? 3100);
const dir = path.resolve(`.data/e2e-${port}/two-step-fixture`);
const fileOf = (email: string) =>
  path.join(dir, `${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32)}.json`);

function read(email: string): Account {
  try {
    return JSON.parse(fs.readFileSync(fileOf(email), "utf8")) as Account;
  } catch {
    return { used: [] };
  }
}

function update(email: string, change: (account: Account) => void) {
  const account = read(email);
  change(account);
  fs.mkdirSync(dir, { recursive: true });
  const file = fileOf(email);
  fs.writeFileSync(`${file}.${process.pid}.new`, JSON.stringify(account));
  fs.renameSync(`${file}.${process.pid}.new`, file);
}

export const twoStepStore = {
  key: (email: string): string | undefined => read(email).key,
  setKey: (email: string, key: string) => update(email, (a) => void (a.key = key)),
  isUsed: (email: string, code: string) => read(email).used.includes(code),
  markUsed: (email: string, code: string) => update(email, (a) => void a.used.push(code)),
  session: (email: string): Cookie[] | undefined => read(email).session,
  setSession: (email: string, cookies: Cookie[]) => update(email, (a) => void (a.session = cookies)),
};
