import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { composeMail } from "@/lib/mail/compose";
import { startMailSink, type MailSink } from "@/lib/mail/local-sink";
import { sendMail } from "@/lib/mail/send";
import { optOut, readUnsubscribeToken, unsubscribeToken } from "@/lib/mail/unsubscribe";
import enMail from "@/lib/i18n/messages/en/mail.json";
import nlMail from "@/lib/i18n/messages/nl/mail.json";
import enSettings from "@/lib/i18n/messages/en/settings.json";
import nlSettings from "@/lib/i18n/messages/nl/settings.json";
import { createUser } from "../factories/db";
import { createTestDatabase } from "../setup/test-db";

let sink: MailSink;
let db: Db;
const logged: string[] = [];

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  sink = await startMailSink({
    dir: fs.mkdtempSync(path.join(os.tmpdir(), "comeback-mail-")),
    log: (line) => logged.push(line),
  });
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  await sink.stop();
  delete process.env.SMTP_URL;
});

async function lastMail() {
  const files = fs
    .readdirSync(sink.dir)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  return simpleParser(fs.readFileSync(path.join(sink.dir, files.at(-1)!)));
}

const content = {
  subject: "Hello\r\nBcc: evil@example.test",
  heading: "<b>Hi</b>",
  paragraphs: ["One & two"],
  action: { label: "Open", url: "https://app.example/x?a=1&b=2" },
  footer: ["Small print"],
};

describe("the mail module", () => {
  it("sends plain text and HTML through SMTP into an .eml the sink keeps, and prints one line", async () => {
    const before = fs.readdirSync(sink.dir).length;
    await sendMail({
      to: { email: "anna@example.test", name: "Anna\nJansen", locale: "nl" },
      content,
      category: "essential",
    });
    expect(fs.readdirSync(sink.dir).length).toBe(before + 1);
    const mail = await lastMail();
    // A newline in the subject cannot add a header.
    expect(mail.subject).toBe("Hello Bcc: evil@example.test");
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.text).toContain("https://app.example/x?a=1&b=2");
    expect(mail.html).toContain("&lt;b&gt;Hi&lt;/b&gt;");
    expect(mail.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(false);
    // The console line masks the address and leaves out the name and the link (a link can be a key
    // to the account): subject, masked recipient, the file.
    expect(logged.at(-1)).toMatch(/^to a…@example\.test · "Hello Bcc: evil@example\.test" · saved in .+\.eml$/);
    expect(logged.at(-1)).not.toMatch(/anna@|Jansen|https?:/);
  });

  it("gives non-essential mail one-click unsubscribe headers and a link, and stops after the opt-out", async () => {
    const user = await createUser(db);
    const to = { email: user.email, locale: "en" as const, userId: user.id };
    expect(await sendMail({ to, content, category: "reminders", db })).toMatchObject({ sent: true });
    const mail = await lastMail();
    const header = (name: string) =>
      (mail.headerLines.find((h) => h.key === name)?.line ?? "").replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(/^List-Unsubscribe: <http.*\/api\/mail\/unsubscribe\?token=.+>$/);
    expect(mail.text).toMatch(/\/en\/unsubscribe\?token=/);
    const token = decodeURIComponent(/token=([^\s>]+)/.exec(mail.text!)![1]!);
    expect(readUnsubscribeToken(token)).toEqual({ userId: user.id, category: "reminders" });
    expect(await optOut(db, token)).toBe(true);
    expect(await sendMail({ to, content, category: "reminders", db })).toEqual({ sent: false });
    // Another category still goes.
    expect(await sendMail({ to, content, category: "physioAlerts", db })).toMatchObject({ sent: true });
  });

  it("refuses a forged or altered unsubscribe token", async () => {
    const user = await createUser(db);
    const token = unsubscribeToken(user.id, "reminders");
    const [payload] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify(["someone-else", "reminders"])).toString("base64url")}.${token.split(".")[1]}`;
    expect(readUnsubscribeToken(forged)).toBeUndefined();
    expect(readUnsubscribeToken(`${payload}.x`)).toBeUndefined();
    expect(await optOut(db, forged)).toBe(false);
  });

  it("escapes user text in the HTML and keeps the same words in plain text", () => {
    const mail = composeMail({ ...content, paragraphs: ['<script>alert("x")</script>'] });
    expect(mail.html).not.toContain("<script>");
    expect(mail.text).toContain('<script>alert("x")</script>');
  });
});

const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe("texts", () => {
  it.each([
    ["mail", enMail, nlMail],
    ["settings", enSettings, nlSettings],
  ])("%s has the same keys in English and Dutch", (_name, en, nl) => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });
});
