import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// 0 serious or critical axe violations (WCAG 2.1 A/AA rules).
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// Usable at this width: nothing forces the page to scroll sideways.
// After a viewport change, charts resize on their ResizeObserver's next frame: wait for layout to settle
// (a fixed overflow still fails once the poll times out).
export async function expectNoHorizontalScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}
