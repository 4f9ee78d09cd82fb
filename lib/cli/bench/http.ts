// HTTP figures with autocannon on 127.0.0.1, bounded in time: each route beside a route that
// touches no database (the prerendered landing page), measured in the same run.
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import type { BenchFixtures } from "./fixtures";
import { median, percentile, round } from "./stats";

export type HttpFigure = { name: string; path: string; method: string; connections: number; seconds: number; reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number };
export type ServerTime = { name: string; path: string; samples: number; median: number; p95: number };

async function load(baseUrl: string, name: string, path: string, options: { method?: string; cookie?: string; body?: string; seconds: number; connections: number }): Promise<HttpFigure> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body) headers["content-type"] = "application/json";
  const result = await autocannon({ url: baseUrl + path, method: options.method ?? "GET", headers, body: options.body, connections: options.connections, duration: options.seconds, timeout: 10 });
  return { name, path, method: options.method ?? "GET", connections: options.connections, seconds: options.seconds, reqPerSec: round(result.requests.average, 1), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

// One request at a time: on loopback this is the server's own time for the page.
async function serverTime(baseUrl: string, name: string, path: string, cookie: string | undefined, body?: string, samples = 30): Promise<ServerTime> {
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

export async function benchHttp(baseUrl: string, f: BenchFixtures, seconds = 10, connections = 50) {
  const checkIn = JSON.stringify({ date: f.today, painRest: 0, painDuring: 0, painAfter: 0, painMorning: 0, sessionKind: "cross_training", minutes: 40, completed: true, rpe: 4, swelling: false, nightPain: false, limping: false, boneTenderness: false });
  const load50 = { seconds, connections };
  const figures: HttpFigure[] = [
    await load(baseUrl, "baseline: landing page (no database)", "/en", load50),
    await load(baseUrl, "check-in POST", `/api/plans/${f.planId}/check-ins`, { ...load50, method: "POST", cookie: f.runnerCookie, body: checkIn }),
    await load(baseUrl, "today page", "/en/today", { ...load50, cookie: f.runnerCookie }),
    await load(baseUrl, `physio dashboard page (${f.patients} patients)`, "/en/physio", { ...load50, cookie: f.physioCookie }),
    await load(baseUrl, `physio dashboard JSON (${f.patients} patients)`, "/api/physio/patients", { ...load50, cookie: f.physioCookie }),
  ];
  const serverTimes: ServerTime[] = [
    await serverTime(baseUrl, "baseline: landing page (no database)", "/en", undefined),
    await serverTime(baseUrl, `physio dashboard page (${f.patients} patients)`, "/en/physio", f.physioCookie),
    await serverTime(baseUrl, `physio dashboard JSON (${f.patients} patients)`, "/api/physio/patients", f.physioCookie),
    await serverTime(baseUrl, "today page", "/en/today", f.runnerCookie),
    await serverTime(baseUrl, "check-in POST", `/api/plans/${f.planId}/check-ins`, f.runnerCookie, checkIn),
  ];
  return { figures, serverTimes };
}
