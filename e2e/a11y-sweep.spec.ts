// Every main page, in both languages, at 360 px: axe finds no serious or critical violation and
// nothing scrolls sideways.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./support/a11y";
import { signIn } from "./support/auth";
import { planIdOf } from "./support/db";

async function sweep(page: Page, paths: string[]) {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const locale of ["en", "nl"] as const) {
    for (const path of paths) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), `/${locale}${path}`).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
    }
  }
}

test("pages for visitors", async ({ page }) => {
  await sweep(page, ["", "/signin", "/signup", "/physio-signup"]);
});

test("pages for a runner", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "anna@comeback.demo");
  await sweep(page, ["/today", "/check-in", "/plan", "/progress", "/calendar", "/account"]);
});

test("pages for a physio", async ({ page }) => {
  test.setTimeout(90_000);
  const planId = await planIdOf("anna@comeback.demo");
  await signIn(page, "femke@comeback.demo");
  await sweep(page, [
    "/physio",
    `/physio/patients/${planId}`,
    `/physio/patients/${planId}/print`,
    "/physio/invites",
    "/physio/rules",
    "/account",
  ]);
});
