// Page figures with Lighthouse (mobile defaults: simulated throttling) in Debian's Chromium;
// the median of 3 runs per page.
import fs from "node:fs";
import path from "node:path";
import { median, round } from "./stats";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";

export type PageFigure = {
  name: string;
  url: string;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKb: number;
  runs: number;
};

type Audit = { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } };

// Lighthouse is ESM-only and reads import.meta.url: load it as a real ES module at run time.
const loadLighthouse = () => import("lighthouse").then((m) => m.default);
const loadChromeLauncher = () => import("chrome-launcher");

async function runOnce(port: number, url: string, cookie?: string) {
  const lighthouse = await loadLighthouse();
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // BENCH_LHR_DIR=folder keeps each run's full report, to see what delays a page's LCP.
  if (process.env.BENCH_LHR_DIR) {
    fs.mkdirSync(process.env.BENCH_LHR_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(process.env.BENCH_LHR_DIR, `${new URL(url).pathname.replace(/\W+/g, "_")}-${Date.now()}.json`),
      JSON.stringify(lhr),
    );
  }
  const audits = lhr.audits as Record<string, Audit>;
  const scripts = audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "script");
  return {
    score: (lhr.categories.performance?.score ?? 0) * 100,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? 0,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? 0,
    jsKb: (scripts?.transferSize ?? 0) / 1024,
  };
}

export async function benchPages(
  pages: { name: string; url: string; cookie?: string }[],
  runs = 3,
): Promise<PageFigure[]> {
  const chromeLauncher = await loadChromeLauncher();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const figures: PageFigure[] = [];
    for (const page of pages) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await runOnce(chrome.port, page.url, page.cookie));
      figures.push({
        name: page.name,
        url: page.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""),
        runs,
        score: round(median(results.map((r) => r.score)), 0),
        lcpMs: round(median(results.map((r) => r.lcpMs)), 0),
        tbtMs: round(median(results.map((r) => r.tbtMs)), 0),
        cls: round(median(results.map((r) => r.cls)), 3),
        jsKb: round(median(results.map((r) => r.jsKb)), 1),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}

export type RatedPageFigure = PageFigure & { ratio: number; scoreDiff: number };

/** Each page's LCP ÷ the baseline's LCP (`ratio`) and its score minus the baseline's (`scoreDiff`). */
export function withRatios(figures: PageFigure[], baselineName: string): RatedPageFigure[] {
  const baseline = figures.find((f) => f.name === baselineName);
  if (!baseline) throw new Error(`no page figure named ${baselineName}`);
  return figures.map((f) => ({
    ...f,
    ratio: round(f.lcpMs / Math.max(1, baseline.lcpMs), 2),
    scoreDiff: f.score - baseline.score,
  }));
}
