// What the sign-in fixture knows of two-step sign-in, kept in a file in the run's data folder rather than
// in the worker's memory: Playwright starts a new worker after a failed test, but the server still
// refuses the codes the old worker used (a code works once), and still honours its sessions.
import fs from "node:fs";
import path from "node:path";
import type { Cookie } from "@playwright/test";

type Store = { keys: Record<string, string>; used: string[]; sessions: Record<string, Cookie[]> };

const port = Number(process.env.E2E_PORT ?? 3100);
const file = path.resolve(`.data/e2e-${port}/two-step-fixture.json`);

function read(): Store {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Store;
  } catch {
    return { keys: {}, used: [], sessions: {} };
  }
}

function update(change: (store: Store) => void) {
  const store = read();
  change(store);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.new`, JSON.stringify(store));
  fs.renameSync(`${file}.new`, file);
}

export const twoStepStore = {
  key: (email: string): string | undefined => read().keys[email],
  setKey: (email: string, key: string) => update((s) => void (s.keys[email] = key)),
  isUsed: (email: string, code: string) => read().used.includes(`${email}:${code}`),
  markUsed: (email: string, code: string) => update((s) => void s.used.push(`${email}:${code}`)),
  session: (email: string): Cookie[] | undefined => read().sessions[email],
  setSession: (email: string, cookies: Cookie[]) => update((s) => void (s.sessions[email] = cookies)),
};
