// HTTP figures with autocannon on 127.0.0.1, bounded in time: each route beside a route that
// touches no database (the prerendered landing page), measured in the same run. With several app
// servers, one autocannon per server runs at once and the figures are summed (latencies: the worst).
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import type { BenchFixtures } from "./fixtures";
import { rateFigures } from "./goals";
import { median, percentile, round } from "./stats";
import { quietCheckIn } from "../../lib/scripts/sample-check-in";

export type HttpFigure = {
  name: string;
  path: string;
  method: string;
  servers: number;
  connections: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};
export type ServerTime = { name: string; path: string; samples: number; median: number; p95: number };

type LoadOptions = { method?: string; cookie?: string; body?: string; seconds: number; connections: number };

async function load(baseUrls: string[], name: string, path: string, options: LoadOptions): Promise<HttpFigure> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body) headers["content-type"] = "application/json";
  // Warm-up: a route's first requests on a fresh server load its code; that is start-up, not the route.
  for (const baseUrl of baseUrls)
    for (let i = 0; i < 5; i++)
      await fetch(baseUrl + path, { method: options.method ?? "GET", headers, body: options.body }).then((r) =>
        r.arrayBuffer(),
      );
  const results = await Promise.all(
    baseUrls.map((baseUrl) =>
      autocannon({
        url: baseUrl + path,
        method: options.method ?? "GET",
        headers,
        body: options.body,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
      }),
    ),
  );
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((total, r) => total + pick(r), 0);
  const worst = (pick: (r: (typeof results)[number]) => number) => Math.max(...results.map(pick));
  return {
    name,
    path,
    method: options.method ?? "GET",
    servers: baseUrls.length,
    connections: options.connections * baseUrls.length,
    seconds: options.seconds,
    reqPerSec: round(
      sum((r) => r.requests.average),
      1,
    ),
    p50: worst((r) => r.latency.p50),
    p99: worst((r) => r.latency.p99),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
  };
}

// One request at a time: on loopback this is the server's own time for the page.
async function serverTime(
  baseUrl: string,
  name: string,
  path: string,
  cookie: string | undefined,
  body?: string,
  samples = 30,
): Promise<ServerTime> {
  const times: number[] = [];
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (body) headers["content-type"] = "application/json";
  for (let i = 0; i < samples + 3; i++) {
    const t0 = performance.now();
    const response = await fetch(baseUrl + path, { method: body ? "POST" : "GET", headers, body });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    if (i >= 3) times.push(performance.now() - t0);
  }
  return { name, path, samples, median: round(median(times), 1), p95: round(percentile(times, 0.95), 1) };
}

// The dashboard JSON answers one page of rows and a link to the next: how many rows came on the first.
async function firstPageRows(baseUrl: string, cookie: string): Promise<number | null> {
  const response = await fetch(`${baseUrl}/api/physio/patients`, { headers: { cookie } });
  const body = (await response.json()) as { patients?: unknown[]; next?: string | null };
  return Array.isArray(body.patients) && typeof body.next === "string" ? body.patients.length : null;
}

/** `connections` per server; `baseUrls[0]` also gives the one-at-a-time server times. */
export async function benchHttp(baseUrls: string[], f: BenchFixtures, seconds = 10, connections = 50) {
  const checkIn = JSON.stringify(quietCheckIn(f.today));
  const base = { seconds, connections };
  const first = baseUrls[0]!;
  const figures: HttpFigure[] = [
    await load(baseUrls, "baseline: landing page (no database)", "/en", base),
    await load(baseUrls, "check-in POST", `/api/plans/${f.planId}/check-ins`, {
      ...base,
      method: "POST",
      cookie: f.runnerCookie,
      body: checkIn,
    }),
    await load(baseUrls, "today page", "/en/today", { ...base, cookie: f.runnerCookie }),
    await load(baseUrls, `physio dashboard page (${f.patients} patients)`, "/en/physio", {
      ...base,
      cookie: f.physioCookie,
    }),
    await load(baseUrls, `physio dashboard JSON (${f.patients} patients)`, "/api/physio/patients", {
      ...base,
      cookie: f.physioCookie,
    }),
  ];
  const serverTimes: ServerTime[] = [
    await serverTime(first, "baseline: landing page (no database)", "/en", undefined),
    await serverTime(first, `physio dashboard page (${f.patients} patients)`, "/en/physio", f.physioCookie),
    await serverTime(first, `physio dashboard JSON (${f.patients} patients)`, "/api/physio/patients", f.physioCookie),
    await serverTime(first, "today page", "/en/today", f.runnerCookie),
    await serverTime(first, "check-in POST", `/api/plans/${f.planId}/check-ins`, f.runnerCookie, checkIn),
  ];
  const rows = await firstPageRows(first, f.physioCookie);
  return { figures: rateFigures(figures, serverTimes, rows), serverTimes, firstPageRows: rows };
}
