// `npm run test:e2e`: the browser journeys against the production build, built once first. With
// E2E_SHARDS=N (a machine with 4 cores or more) they run in N shards at once, each against its own
// production server and PostgreSQL (on free ports the system gives, data in .data/e2e-<port>), so no
// journey sees another's data. E2E_PORT fixes the first shard's port instead. On 2 cores one shard is the
// default: two shards (two servers, two databases, two Chromiums) made every journey more than twice as slow
// (measured 2026-11-30). Within a shard two Playwright workers share its one server (playwright.config.ts):
// on a 5-file sample on the loaded 2-core machine that took 175 s against 327 s for one worker (2026-12-07).
// Extra arguments go to Playwright.
import { spawn } from "node:child_process";
import { findFreePorts } from "../../lib/db/postgres-server";
import { buildIfStale } from "../../lib/runtime/build-if-stale";

const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 1));

// Two ports a shard: the app's, and the one the life-cycle journey starts its own server on.
function runShard(index: number, port: number, lifecyclePort: number): Promise<number> {
  const args = [
    require.resolve("@playwright/test/cli"),
    "test",
    ...(shards > 1 ? [`--shard=${index}/${shards}`] : []),
    ...process.argv.slice(2),
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      E2E_PORT: String(port),
      E2E_LIFECYCLE_PORT: String(lifecyclePort),
      COMEBACK_SKIP_BUILD: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = shards > 1 ? `[e2e ${index}/${shards}] ` : "";
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let rest = "";
    from.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) to.write(`${prefix}${line}\n`);
    });
    from.on("end", () => rest && to.write(`${prefix}${rest}\n`));
  }
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  await buildIfStale();
  const started = Date.now();
  const ports = await findFreePorts(2 * shards);
  if (process.env.E2E_PORT) ports[0] = Number(process.env.E2E_PORT);
  const codes = await Promise.all(
    Array.from({ length: shards }, (_, i) => runShard(i + 1, ports[2 * i]!, ports[2 * i + 1]!)),
  );
  const failed = codes.filter((code) => code !== 0).length;
  console.log(
    `[e2e] ${shards} shard(s) in ${Math.round((Date.now() - started) / 1000)} s: ${failed === 0 ? "all passed" : `${failed} failed`}`,
  );
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
