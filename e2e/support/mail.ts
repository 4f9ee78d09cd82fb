// The e2e server's mail: `npm start` without SMTP_URL keeps every message as an .eml file in the
// data folder. Tests read them with mailparser, as a mail client would.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

const port = Number(process.env.E2E_PORT ?? 3100);
const dataRoot = path.resolve(`.data/e2e-${port}`);
export const mailDir = path.join(dataRoot, "mail");

const recipients = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => v.address?.toLowerCase()),
  );

// Each file parsed once per worker (again only if its size changed, as while the sink is still writing
// it): a wait polls every 200 ms, and the sink holds hundreds of messages by the end of a run.
const parsed = new Map<string, { size: number; mail: ParsedMail }>();
async function parse(file: string): Promise<ParsedMail> {
  const raw = fs.readFileSync(path.join(mailDir, file));
  const kept = parsed.get(file);
  if (kept?.size === raw.length) return kept.mail;
  const mail = await simpleParser(raw);
  parsed.set(file, { size: raw.length, mail });
  return mail;
}

async function newestMail(to: string, subject: RegExp): Promise<ParsedMail | undefined> {
  const files = fs.existsSync(mailDir)
    ? fs
        .readdirSync(mailDir)
        .filter((f) => f.endsWith(".eml"))
        .sort()
        .reverse()
    : [];
  for (const file of files) {
    const mail = await parse(file);
    if (recipients(mail).includes(to.toLowerCase()) && subject.test(mail.subject ?? "")) return mail;
  }
  return undefined;
}

// The newest message to this address whose subject matches, waiting up to `ms` (10 s) for it to arrive.
// `linkTo`: wait for the mail about that page (an earlier one with the same subject may be in the sink).
export async function waitForMail(
  to: string,
  subject: RegExp,
  ms = 10_000,
  linkTo?: string,
): Promise<ParsedMail & { link: string }> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => (found = await newestMail(to, subject)) !== undefined && (!linkTo || found.text?.includes(linkTo)),
      {
        timeout: ms,
        intervals: [200],
        message: `no mail to ${to} matching ${subject} within ${ms / 1000} s`,
      },
    )
    .toBe(true);
  return Object.assign({}, found!, { link: /https?:\/\/\S+/.exec(found!.text ?? "")![0] });
}

// The mail's link on the test server (the app builds links from its own address).
export function localPath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

// `npm run admin -- approve-physio EMAIL`, against the running e2e database.
export async function runAdminCli(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "lib/scripts/admin.ts", ...args], {
    env: { ...process.env, COMEBACK_DATA_DIR: path.join(dataRoot, "postgres"), DATABASE_URL: "" },
  });
  return stdout;
}
