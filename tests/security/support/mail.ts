// The app's mail as its owner would read it: `npm start` without SMTP_URL keeps every message as an
// .eml file beside the database; read with mailparser, as a mail client would.
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { env } from "./client";

export type Mail = ParsedMail & { link: string | undefined };

const mailDir = () => path.resolve(env().root, "mail");

const recipients = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => v.address?.toLowerCase()),
  );

export async function mailsTo(to: string): Promise<Mail[]> {
  const dir = mailDir();
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".eml"))
        .sort()
    : [];
  const mails = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return mails
    .filter((m) => recipients(m).includes(to.toLowerCase()))
    .map((m) => Object.assign(m, { link: /https?:\/\/\S+/.exec(m.text ?? "")?.[0] }));
}

/** The newest message to this address whose subject matches, waiting up to 10 s for it. */
export async function waitForMail(to: string, subject: RegExp): Promise<Mail & { link: string }> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = (await mailsTo(to)).reverse().find((m) => subject.test(m.subject ?? ""));
    if (found?.link) return found as Mail & { link: string };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The link's path and query on the test server (the app builds links from its own address). */
export function localPath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
