// A request from another client address on this machine: the whole 127.0.0.0/8 block is loopback on
// Linux, so a socket bound to 127.0.0.2 reaches the app at 127.0.0.1 and the app sees 127.0.0.2, the
// same as a second computer, with no proxy header to believe.
import http from "node:http";
import { env } from "./client";

export type FromAnswer = { status: number; text: string; setCookies: string[] };

export function postJsonFrom(localAddress: string, path: string, body: unknown): Promise<FromAnswer> {
  const url = new URL(path, env().baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: "POST",
        localAddress,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(payload),
          Origin: env().baseUrl,
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const setCookie = res.headers["set-cookie"] ?? [];
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), setCookies: setCookie });
        });
      },
    );
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.end(payload);
  });
}
