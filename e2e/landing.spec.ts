import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";

const cases = [
  { locale: "en", title: "Get back to running, without getting hurt again", phase: "Rest from running" },
  { locale: "nl", title: "Weer hardlopen, zonder opnieuw geblesseerd te raken", phase: "Rust van het lopen" },
] as const;
const widths = [360, 1280] as const;

for (const { locale, title, phase } of cases) {
  for (const width of widths) {
    test(`a visitor reads the landing page in ${locale} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("heading", { level: 3, name: phase })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, `landing-${locale}-${width}.png`);
    });
  }
}

test("a Dutch browser lands on the Dutch page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await context.close();
});

test("a visitor switches language with the keyboard", async ({ page }) => {
  await page.goto("/en");
  const dutch = page.getByRole("link", { name: "Nederlands" });
  await dutch.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/nl$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cases[1].title);
  await expect(page.getByRole("link", { name: "Nederlands" })).toHaveAttribute("aria-current", "true");
});

test("the language a Dutch visitor switches to is the one / opens next time", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value).toBe("en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("an unknown page says so in the visitor's language", async ({ page }) => {
  const response = await page.goto("/nl/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expectNoSeriousA11yViolations(page);
});
