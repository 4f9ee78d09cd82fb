// Dates drawn in the browser read in the reader's regional order, as the server's do: an English page for
// a British browser (Accept-Language en-GB) says "Monday 7 December", for an American one "Monday, December 7".
// The progress charts are fetched and drawn in the browser; their tables carry each point's date.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { signIn } from "./support/auth";

const dayMonth = /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$/;
const monthDay = /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}$/;

for (const [region, order] of [
  ["en-GB", dayMonth],
  ["en-US", monthDay],
] as const) {
  test.describe(region, () => {
    test.use({ locale: region });

    test(`a runner whose browser is ${region} reads the progress charts' dates in that order`, async ({ page }) => {
      await signIn(page, "anna@comeback.demo", { locale: "en" });
      await page.goto("/en/progress");
      const pain = page.getByRole("table", { name: "Pain" });
      await expect(pain.locator("tbody tr").first()).toBeAttached();
      const dates = await pain.locator("tbody tr th").allTextContents();
      expect(dates.length).toBeGreaterThan(20);
      for (const date of dates) expect(date).toMatch(order);
    });
  });
}
