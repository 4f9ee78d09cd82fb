// Interaction to Next Paint on the check-in form, beside a plain HTML radio group from the same run.
// Playwright drives Debian's Chromium as a phone (360 px, touch) with the CPU slowed 4× through CDP,
// taps pain scores, and reads how long each tap took until the screen answered from the browser's
// own Event Timing entries (the figure INP is made of): the longest entry of each interaction.
import { chromium, type Browser, type Page } from "@playwright/test";
import { serveHtml } from "./baselines";
import { median, percentile, round } from "./stats";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";

type InpFigure = {
  name: string;
  url: string;
  taps: number;
  medianMs: number;
  p90Ms: number;
  unreported: number;
  durationsMs: number[];
};
export type InpResult = { cpuSlowdown: number; baseline: InpFigure; checkIn: InpFigure & { ratio: number } };

const CPU_SLOWDOWN = 4;
const TAPS = 9;
// The Event Timing API reports nothing shorter than this (its floor): such a tap counts as this long.
const EVENT_TIMING_FLOOR_MS = 16;
const SCALES = ["painRest", "painDuring", "painAfter", "painMorning"] as const;

/** The same four 0–10 radio groups as the check-in form, in plain HTML and CSS, with no script at all. */
export function radioBaselineHtml(): string {
  const scale = (name: string) =>
    `<fieldset><legend>${name}</legend><div class="g">${Array.from({ length: 11 }, (_, s) => `<label><input type="radio" name="${name}" value="${s}"><span>${s}</span></label>`).join("")}</div></fieldset>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Radio baseline</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:1rem}fieldset{border:1px solid #ccc;border-radius:.75rem;margin:0 0 1rem}.g{display:grid;grid-template-columns:repeat(6,1fr);gap:.4rem}
label{position:relative}input{position:absolute;opacity:0}span{display:flex;min-height:3rem;align-items:center;justify-content:center;border:1px solid #ccc;border-radius:.5rem;font-weight:700}
input:checked+span{background:#b45309;color:#fff}</style></head><body><h1>Check-in</h1>${SCALES.map(scale).join("")}</body></html>`;
}

function serveRadioBaseline(port: number): Promise<() => Promise<void>> {
  return serveHtml(port, radioBaselineHtml());
}

// Kept in the page from its first script on: every event entry that belongs to a tap.
const OBSERVE = `window.__inp = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.interactionId) window.__inp.push({ id: e.interactionId, duration: e.duration });
}).observe({ type: "event", durationThreshold: ${EVENT_TIMING_FLOOR_MS}, buffered: true });`;

async function measure(browser: Browser, name: string, url: string, cookie?: string): Promise<InpFigure> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: "block",
  });
  try {
    if (cookie) {
      const origin = new URL(url).origin;
      await context.addCookies(
        cookie.split("; ").map((pair) => ({
          name: pair.slice(0, pair.indexOf("=")),
          value: pair.slice(pair.indexOf("=") + 1),
          url: origin,
        })),
      );
    }
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`INP: ${name} answered ${response?.status()}`);
    await hydratedAndIdle(page);
    for (let i = 0; i < TAPS; i++) await tapScore(page, SCALES[i % SCALES.length]!, 1 + (i % 7));
    const durations = await perInteraction(page);
    const unreported = Math.max(0, TAPS - durations.length);
    const all = [...durations, ...Array.from({ length: unreported }, () => EVENT_TIMING_FLOOR_MS)];
    return {
      name,
      url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""),
      taps: TAPS,
      medianMs: round(median(all), 0),
      p90Ms: round(percentile(all, 0.9), 0),
      unreported,
      durationsMs: all,
    };
  } finally {
    await context.close();
  }
}

// A tap before React has hydrated the form measures the hydration, not the form: wait until the first
// radio carries React's props (or, on the plain page, at once), then for an idle moment.
async function hydratedAndIdle(page: Page) {
  const first = await page.locator(`input[name="${SCALES[0]}"]`).first().elementHandle();
  const plain = !(await page.evaluate(() => document.querySelector("script[src*='/_next/']") !== null));
  if (!plain)
    await page.waitForFunction((el) => Object.keys(el as object).some((k) => k.startsWith("__reactProps")), first, {
      timeout: 60_000,
    });
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5_000 })));
}

// Taps the score's visible box (the radio itself is visually hidden), waits until the radio is checked,
// then for two frames, so each tap is its own interaction and has been painted.
async function tapScore(page: Page, scale: string, score: number) {
  const radio = page.locator(`input[name="${scale}"][value="${score}"]`);
  await page.locator("label", { has: radio }).tap();
  await radio.waitFor({ state: "attached" });
  await page.waitForFunction((el) => (el as HTMLInputElement).checked, await radio.elementHandle(), { polling: "raf" });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// Entries arrive after the paint they measure; wait briefly for the last ones, then take each
// interaction's longest entry (pointerdown, pointerup and click share one interaction id).
async function perInteraction(page: Page): Promise<number[]> {
  const read = () => page.evaluate(() => (window as unknown as { __inp: { id: number; duration: number }[] }).__inp);
  let entries = await read();
  for (let i = 0; i < 10 && new Set(entries.map((e) => e.id)).size < TAPS; i++) {
    await page.waitForTimeout(200);
    entries = await read();
  }
  const longest = new Map<number, number>();
  for (const e of entries) longest.set(e.id, Math.max(longest.get(e.id) ?? 0, e.duration));
  return [...longest.values()];
}

export async function benchInp(checkInUrl: string, cookie: string, baselinePort: number): Promise<InpResult> {
  const stopBaseline = await serveRadioBaseline(baselinePort);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const baseline = await measure(browser, "baseline: plain HTML radio groups", `http://127.0.0.1:${baselinePort}/`);
    const checkIn = await measure(browser, "check-in: tap a pain score", checkInUrl, cookie);
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      baseline,
      checkIn: { ...checkIn, ratio: round(checkIn.medianMs / Math.max(1, baseline.medianMs), 2) },
    };
  } finally {
    await browser.close();
    await stopBaseline();
  }
}
