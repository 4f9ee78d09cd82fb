import { expect } from "@playwright/test";
import { test } from "./support/test";
import { answerCheckIn, answerWarningSigns } from "./support/check-in";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn } from "./support/auth";

test("a runner in phase 2 sees today's mobility work and her plan", async ({ page }) => {
  await signIn(page, "eva@comeback.demo");
  await page.goto("/en/today");
  await expect(page.getByText("Phase 2 of 4 · Mobility")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What to do today" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `today-en-${width}.png`);
  }
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your comeback plan" })).toBeVisible();
  await expect(page.getByText(/of 3 pain-free days in a row/)).toBeVisible();
  await expect(page.getByText("Back at your old level")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `plan-en-${width}.png`);
  }
});

test("een loper checkt in met pijn en krijgt het besluit meteen te zien", async ({ page }) => {
  await signIn(page, "carmen@comeback.demo", { locale: "nl" });
  await page.goto("/nl/check-in");
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole("heading", { level: 1, name: "Hoe ging het vandaag?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "check-in-nl-360.png");
  // Today as a rest day whatever the weekday (her training days are fixed weekdays): planned sessions off.
  const remove = page.getByRole("button", { name: /^Training \d weghalen/ });
  while ((await remove.count()) > 0) await remove.first().click();
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  // The summary names every open question (a rest day: no pain during or after a session asked).
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Beantwoord de gemarkeerde vragen: pijn in rust, pijn bij het wakker worden en waarschuwingssignalen.",
  );
  // She did a strength session anyway: a card of its own, with its minutes.
  await page.getByRole("button", { name: "+ Training toevoegen" }).click();
  const added = page.getByRole("group", { name: /^Training \d$/ }).last();
  await added.getByLabel("Wat").selectOption("strength");
  await added.getByLabel("Minuten").fill("20");
  for (const [legend, score] of [
    ["Pijn in rust", "0"],
    ["Pijn tijdens de training", "3"],
    ["Pijn na de training", "2"],
    ["Pijn bij het wakker worden", "0"],
  ] as const) {
    await page.getByRole("group", { name: legend }).getByText(score, { exact: true }).click();
  }
  await answerWarningSigns(page, "nl");
  await page
    .getByRole("group", { name: /Hoe zwaar was het/ })
    .getByText("5", { exact: true })
    .click();
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check-in opgeslagen");
  await expect(page.getByRole("heading", { level: 2, name: "Blijf op dit niveau" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Pijn tijdens de training: 3/10");
  await screenshot(page, "check-in-outcome-nl-360.png");
});

test("a night-pain report pauses the plan and sends the runner to a clinician", async ({ page }) => {
  await signIn(page, "bram@comeback.demo");
  await page.goto("/en/check-in");
  await answerCheckIn(page, "en", { pain: 1, signs: ["Pain at night or pain that wakes me"] });
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Your plan is paused/ })).toBeVisible();
  await page.getByRole("link", { name: "What to do now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your plan is paused" })).toBeVisible();
  await expect(page.getByText("Pain at night or pain that wakes you.")).toBeVisible();
  await expect(page.getByText("Comeback does not diagnose.")).toBeVisible();
  await expect(page.getByText(/^Run\b/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "red-flag-en-360.png");
});
