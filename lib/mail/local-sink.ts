// The default mail server for `npm start` without SMTP_URL: a real SMTP server on 127.0.0.1 that
// keeps every message as an .eml file (readable by any mail client) and prints one line about it:
// the masked recipient and the subject, never a link.
// Nothing leaves the machine.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type MailSink = { url: string; port: number; dir: string; stop: () => Promise<void> };

const MAX_BYTES = 2 * 1024 * 1024;

function maskAddress(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}…@${domain}`;
}

async function describe(raw: Buffer, fileName: string): Promise<string> {
  const parsed = await simpleParser(raw);
  // No personal data in the console: the name is left out and the address masked (the .eml keeps both).
  const to =
    (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [])
      .flatMap((group) => group.value.map((a) => maskAddress(a.address ?? "?")))
      .join(", ") || "?";
  // Never the link: a reset, confirmation or undo link is a key to the account (and a confirmation
  // link carries the whole address). It stays in the .eml, readable only by the data folder's owner.
  return `to ${to} · "${parsed.subject ?? ""}" · saved in ${fileName}`;
}

export async function startMailSink(options: {
  dir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<MailSink> {
  const dir = path.resolve(options.dir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const log = options.log ?? ((line: string) => console.log(`[comeback] mail ${line}`));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    size: MAX_BYTES,
    banner: "Comeback local mail sink",
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too big"), { responseCode: 552 }));
        const raw = Buffer.concat(chunks);
        // Time first, so the files sort in the order they arrived.
        const file = path.join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`,
        );
        fs.promises
          .writeFile(file, raw, { mode: 0o600 })
          .then(() => describe(raw, path.basename(file)).then(log, () => log(`saved ${path.basename(file)}`)))
          .then(() => callback(), callback);
      });
    },
  });
  server.on("error", (error) => log(`sink error: ${error.message}`));
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
