// `npm run bench`: every figure beside its baseline, measured in the same run; prints one table and
// writes it to bench-results/latest.json. Loopback only; each load test is bounded in time.
// `-- --servers 2`: two production app servers on one PostgreSQL, loaded at once (figures summed).
import "@/lib/runtime/allow-server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startBenchServer, startExtraServer, type BenchServer } from "./app-server";
import { serveStatic, startBareNext } from "./baselines";
import { benchEngine } from "./engine";
import { createBenchFixtures } from "./fixtures";
import { benchHttp } from "./http";
import { benchInp } from "./inp";
import { benchPages, withRatios } from "./lighthouse";
import { inpTable, pagesTable } from "./page-tables";
import { round } from "./stats";

const APP_PORT = Number(process.env.BENCH_PORT ?? 3300);
const skipPages = process.argv.includes("--no-pages");
// --only-pages: the Lighthouse figures and the INP trace without the HTTP load (for work on the pages).
const onlyPages = process.argv.includes("--only-pages");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const serversArg = process.argv.indexOf("--servers");
const serverCount = serversArg > 0 ? Number(process.argv[serversArg + 1]) : 1;
// The first server's own ports: +1 and +2 serve the page baselines; further servers take +3, +4, ...
const extraPort = (i: number) => APP_PORT + 2 + i;

function machine() {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function main() {
  const startedAt = new Date().toISOString();
  console.log("[bench] engine");
  const engine = benchEngine();

  if (!Number.isInteger(serverCount) || serverCount < 1 || serverCount > 4) throw new Error("--servers takes 1 to 4");
  console.log("[bench] starting the production app on a fresh data folder");
  const dataDir = path.resolve(".data/bench/postgres");
  const server = await startBenchServer(APP_PORT, dataDir);
  const extra: BenchServer[] = [];
  try {
    for (let i = 1; i < serverCount; i++) {
      console.log(`[bench] starting app server ${i + 1} on the same PostgreSQL`);
      extra.push(await startExtraServer(extraPort(i), server, dataDir, path.resolve(`.data/bench-${i + 1}/postgres`)));
    }
    const fixtures = await createBenchFixtures(server.baseUrl, server.databaseUrl, 500);
    if (!onlyPages)
      console.log(`[bench] HTTP, ${seconds} s per route at 50 connections per server, ${serverCount} server(s)`);
    const http: Awaited<ReturnType<typeof benchHttp>> = onlyPages
      ? { figures: [], serverTimes: [], firstPageRows: null }
      : await benchHttp([server.baseUrl, ...extra.map((s) => s.baseUrl)], fixtures, seconds, 50);

    let pages: ReturnType<typeof withRatios> = [];
    let inp: Awaited<ReturnType<typeof benchInp>> | undefined;
    if (!skipPages) {
      console.log("[bench] Lighthouse (mobile), 3 runs per page");
      const stopStatic = await serveStatic(APP_PORT + 1);
      const stopBare = await startBareNext(APP_PORT + 2);
      try {
        pages = withRatios(
          await benchPages([
            { name: "baseline: static HTML, same text", url: `http://127.0.0.1:${APP_PORT + 1}/` },
            { name: "baseline: bare Next page", url: `http://127.0.0.1:${APP_PORT + 2}/` },
            { name: "landing", url: `${server.baseUrl}/en` },
            { name: "today", url: `${server.baseUrl}/en/today`, cookie: fixtures.runnerCookie },
            { name: "check-in", url: `${server.baseUrl}/en/check-in`, cookie: fixtures.runnerCookie },
            {
              name: "physio dashboard (500 patients)",
              url: `${server.baseUrl}/en/physio`,
              cookie: fixtures.physioCookie,
            },
          ]),
          "baseline: bare Next page",
        );
      } finally {
        await stopStatic();
        await stopBare();
      }
      console.log("[bench] INP: tap a pain score on the check-in form, 4× CPU slowdown");
      inp = await benchInp(`${server.baseUrl}/en/check-in`, fixtures.runnerCookie, APP_PORT + 1);
    }

    // `pages` (Lighthouse) and `inp` (the check-in form's tap-to-answer trace) are the phone figures.
    const results = { startedAt, machine: machine(), servers: serverCount, pools: pools(), engine, http, pages, inp };
    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync("bench-results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
  } finally {
    for (const s of extra) await s.stop();
    await server.stop();
  }
}

// What each app server opens against PostgreSQL (docs/operations.md, Production layout).
function pools() {
  return {
    appPerServer: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    earlyGatePerServer: 3,
    jobWorkersPerServer: 3,
    postgresMaxConnections: 200,
  };
}

function printTable(r: {
  machine: ReturnType<typeof machine>;
  servers: number;
  engine: ReturnType<typeof benchEngine>;
  http: Awaited<ReturnType<typeof benchHttp>>;
  pages: ReturnType<typeof withRatios>;
  inp?: Awaited<ReturnType<typeof benchInp>>;
}) {
  const lines: string[] = [];
  lines.push(`Machine: ${r.machine.cpus}, ${r.machine.memoryGb} GiB, Node ${r.machine.node}, ${r.machine.platform}`);
  lines.push("", "| engine | median ms | p95 ms |", "| --- | --- | --- |");
  lines.push(
    `| replay a year of daily check-ins (computePlanState) | ${r.engine.engine.median.toFixed(3)} | ${r.engine.engine.p95.toFixed(3)} |`,
  );
  lines.push(
    `| baseline: one plain pass over the same check-ins | ${r.engine.baseline.median.toFixed(4)} | ${r.engine.baseline.p95.toFixed(4)} |`,
  );
  const title = r.servers === 1 ? "HTTP, 50 connections" : `HTTP, ${r.servers} app servers × 50 connections, summed`;
  lines.push(
    "",
    `| ${title} | req/s | ratio | p50 ms | p99 ms | p99 ratio | non-2xx | errors | goal | met |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const f of r.http.figures)
    lines.push(
      `| ${f.method} ${f.name} | ${f.reqPerSec} | ${f.ratio} | ${f.p50} | ${f.p99} | ${f.p99Ratio} | ${f.non2xx} | ${f.errors} | ${f.goal?.text ?? "(baseline)"} | ${f.goal ? (f.goal.met ? "yes" : "no") : ""} |`,
    );
  lines.push("", "| server time, one request at a time | median ms | p95 ms |", "| --- | --- | --- |");
  for (const s of r.http.serverTimes) lines.push(`| ${s.name} | ${s.median} | ${s.p95} |`);
  if (r.pages.length > 0) {
    lines.push(...pagesTable(r.pages));
  }
  if (r.inp) lines.push(...inpTable(r.inp));
  console.log(`\n${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
