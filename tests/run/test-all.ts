// `npm test`: every check CI runs, in order, stopping at the first that fails, with each step's time at
// the end (so a slow step shows up in every CI log). Lint and typecheck read the sources and nothing else,
// so they run side by side; their output is printed when each ends, not interleaved. The suites after
// them each start servers and databases of their own and run one after the other: on 2 cores, running
// them at once only made each slower.
import { spawn } from "node:child_process";

type Step = { name: string; script: string };

const SIDE_BY_SIDE: Step[] = [
  { name: "lint", script: "lint" },
  { name: "typecheck", script: "typecheck" },
];
const IN_TURN: Step[] = [
  { name: "unit", script: "test:unit" },
  { name: "e2e", script: "test:e2e" },
  { name: "reliability", script: "test:reliability" },
  { name: "security", script: "test:security" },
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const timings: { name: string; seconds: number; ok: boolean }[] = [];

function run(step: Step, buffered: boolean): Promise<boolean> {
  const started = Date.now();
  const child = spawn(npm, ["run", "--silent", step.script], {
    stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  let output = "";
  if (buffered) {
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  }
  return new Promise((resolve) =>
    child.on("close", (code) => {
      const ok = code === 0;
      timings.push({ name: step.name, seconds: Math.round((Date.now() - started) / 1000), ok });
      if (buffered) process.stdout.write(`\n── ${step.name} ${ok ? "passed" : "FAILED"}\n${output}`);
      resolve(ok);
    }),
  );
}

function summary(started: number) {
  const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  console.log("\n── npm test: time per step (minutes:seconds)");
  for (const { name, seconds, ok } of timings)
    console.log(`${name.padEnd(12)} ${minutes(seconds)}${ok ? "" : "  FAILED"}`);
  console.log(`${"total".padEnd(12)} ${minutes(Math.round((Date.now() - started) / 1000))}`);
}

async function main() {
  const started = Date.now();
  let ok = (await Promise.all(SIDE_BY_SIDE.map((step) => run(step, true)))).every(Boolean);
  for (const step of IN_TURN) {
    if (!ok) break;
    console.log(`\n── ${step.name}`);
    ok = await run(step, false);
  }
  summary(started);
  process.exit(ok ? 0 : 1);
}

void main();
