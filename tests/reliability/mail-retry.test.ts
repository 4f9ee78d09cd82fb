// A failed send is retried, on the start command as shipped: the app's own database role, the job
// queue's retry with back-off, and a real SMTP server (SMTP_URL) that refuses the first delivery with a
// temporary error (451), as a busy mail provider does. The physio still gets the alert, exactly once.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/postgres-server";
import { expectNothingLeft, removeRoot, startApp, stopApp, type App } from "./support/app";
import { buildCheckIn, createPlan, pgUrl, sql, today } from "./support/db";
import { postJson, signUp } from "./support/http";

const PORT = await findFreePort();
const ROOT = `.data/reliability-mail-retry-${PORT}`;

// Refuses the first physio alert ("… needs your attention") it is given, keeps every other message.
let alertAttempts = 0;
const delivered: { to: string; subject: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      void simpleParser(Buffer.concat(chunks)).then((mail) => {
        const subject = mail.subject ?? "";
        if (/attention/.test(subject) && ++alertAttempts === 1)
          return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        delivered.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(","), subject });
        callback();
      }, callback);
    });
  },
});

let app: App | undefined;

beforeAll(async () => {
  removeRoot(ROOT);
  const smtpPort = await new Promise<number>((resolve) =>
    smtp.listen(0, "127.0.0.1", () => resolve((smtp.server.address() as { port: number }).port)),
  );
  app = await startApp({ port: PORT, root: ROOT, build: true, env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } });
});

afterAll(async () => {
  if (app) await stopApp(app);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await expectNothingLeft(ROOT, PORT);
  removeRoot(ROOT);
});

describe("a notification whose first send fails", () => {
  it("is sent by the job queue's retry, once, with the retry recorded", async () => {
    const url = pgUrl(app!.pgPort!, ROOT);
    const runner = await signUp(app!.baseUrl, "Retry Runner");
    const physio = await signUp(app!.baseUrl, "Retry Physio");
    await sql(url, `update "user" set role = 'physio' where email = $1`, [physio.email]);
    const planId = await createPlan(url, runner.email, 7);
    await sql(url, `update plans set physio_id = (select id from "user" where email = $1) where id = $2`, [
      physio.email,
      planId,
    ]);
    const saved = await postJson(
      app!.baseUrl,
      `/api/plans/${planId}/check-ins`,
      buildCheckIn(today(), { nightPain: true }),
      runner,
    );
    expect(saved.status, saved.text).toBe(201);

    const alertsTo = () => delivered.filter((m) => m.to === physio.email.toLowerCase() && /attention/.test(m.subject));
    // The first try is refused at once; pg-boss retries after its back-off (30 s, then longer).
    await expect
      .poll(
        async () =>
          (await sql(url, `select state from pgboss.job where name = 'notify' and data->>'kind' = 'red_flag'`)).map(
            (r) => r.state,
          ),
        {
          timeout: 30_000,
          message: "the alert's first send never failed into a retry",
        },
      )
      .toContain("retry");
    await expect
      .poll(() => alertsTo().length, { timeout: 150_000, interval: 1_000, message: "the alert was never sent" })
      .toBe(1);
    const [job] = await sql<{ state: string; retry_count: number }>(
      url,
      `select state, retry_count from pgboss.job where name = 'notify' and data->>'kind' = 'red_flag'`,
    );
    expect(job).toMatchObject({ state: "completed", retry_count: 1 });
    expect(alertAttempts).toBe(2);
    expect(await sql(url, `select key from notification_deliveries where kind = 'red_flag'`)).toHaveLength(1);
    expect(fs.readFileSync(path.resolve(ROOT, "app.log"), "utf8")).toContain(
      "notification not sent; it will be retried",
    );
  });
});
