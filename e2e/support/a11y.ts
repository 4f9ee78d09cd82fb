import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";

// 0 serious or critical axe violations (WCAG 2.1 A/AA rules).
// Legacy mode runs axe in the page itself. The default mode runs each frame apart and then opens a new
// blank page to join the results, which took about as long again as the scan (measured 2026-11-30: 4.5 s
// against 7.6 s for the sign-in page on a loaded 2-core machine); our pages have no frames to join.
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// Usable at this width: nothing forces the page to scroll sideways.
// After a viewport change, charts resize on their ResizeObserver's next frame: wait for layout to settle
// (a fixed overflow still fails once the poll times out).
export async function expectNoHorizontalScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}

// Screenshots are for people to look at, so they are taken only when asked for: with E2E_SCREENSHOTS=1 a
// page (whole) or a part of it goes into the running test's output folder. Everything a journey asserts
// runs either way.
export async function screenshot(target: Page | Locator, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const path = test.info().outputPath(name);
  await ("goto" in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

// The page at phone and desktop width, each checked for sideways scroll (and shot when asked for).
export async function shootAtWidths(page: Page, name: string, height = 900) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `${name}-${width}.png`);
  }
}

// A page in a browser context of its own (another device: its own cookies), on the app's base URL.
export async function newDevicePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}
