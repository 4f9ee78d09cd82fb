// Shared set-up for the notification tests: a database with the job queue, the local SMTP sink, and a
// way to read what arrived.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, vi } from "vitest";
import { startMailSink, type MailSink } from "@/lib/mail/local-sink";

export async function startSink(): Promise<MailSink> {
  const sink = await startMailSink({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "comeback-notify-")), log: () => {} });
  process.env.SMTP_URL = sink.url;
  afterAll(async () => {
    await sink.stop();
    delete process.env.SMTP_URL;
  });
  return sink;
}

export async function mailsTo(sink: MailSink, address: string): Promise<ParsedMail[]> {
  const files = fs
    .readdirSync(sink.dir)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const parsed = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(sink.dir, f)))));
  return parsed.filter((m) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((g) => g.value.some((a) => a.address === address)),
  );
}

/** Waits until `check` gives a value (a worker is doing the work in the background); fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (!value) throw new Error(`not within ${ms} ms`);
      return value;
    },
    { timeout: ms, interval: 100 },
  );
}
