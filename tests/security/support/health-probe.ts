// Times /api/health from a process of its own, so what is measured is the server, not this test's
// own event loop, busy with the 200 requests it is sending.
import { spawn } from "node:child_process";

const SCRIPT = `
const http = require("node:http");
const [url, ms] = process.argv.slice(1);
const until = Date.now() + Number(ms);
const times = [];
const once = () => new Promise((resolve) => {
  const started = performance.now();
  http.get(url, { agent: false }, (res) => { res.resume(); res.on("end", () => resolve(performance.now() - started)); }).on("error", () => resolve(Infinity));
});
(async () => {
  while (Date.now() < until) { times.push(Math.round(await once())); await new Promise((r) => setTimeout(r, 20)); }
  process.stdout.write(JSON.stringify(times));
})();
`;

export function probeHealth(baseUrl: string, durationMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", SCRIPT, `${baseUrl}/api/health`, String(durationMs)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", () => resolve(JSON.parse(out || "[]") as number[]));
  });
}
