import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signUpRunner } from "./support/auth";
import { sql } from "./support/db";
import { answerWarningSigns, checkInText } from "./support/check-in";
import { completeOnboarding } from "./support/onboarding";

// The service worker keeps Today readable offline, and a check-in made offline is never lost.
// Each journey signs up and onboards a fresh runner first, so they get the long timeout.
test.describe.configure({ timeout: 180_000 });
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !!registration?.active && !!navigator.serviceWorker.controller;
    },
    undefined,
    { timeout: 20_000 },
  );
}

async function checkInRows(email: string): Promise<{ date: string; pain_morning: number; comment: string | null }[]> {
  return sql(
    `select c.date::text as date, (c.data->>'painMorning')::int as pain_morning, c.data->>'comment' as comment from check_ins c
       join plans p on p.id = c.plan_id join "user" u on u.id = p.runner_id where u.email = $1`,
    [email],
  );
}

test("a check-in made offline is queued, survives a reload and is saved when the network returns", async ({
  page,
  context,
}) => {
  const { email } = await signUpRunner(page);
  await completeOnboarding(page, "en");
  await page.goto("/en/check-in");
  await waitForServiceWorker(page);
  await page.reload(); // the page and its files now pass through the service worker
  await waitForServiceWorker(page);

  // A rest day after all (every planned session removed): rest and waking pain and the warning signs,
  // with a comment that must survive the queue.
  const remove = page.getByRole("button", { name: /^Remove session/ });
  while ((await remove.count()) > 0) await remove.first().click();
  await expect(page.getByRole("group", { name: "Pain during the session" })).toHaveCount(0);
  for (const [legend, score] of [
    ["Pain at rest", "0"],
    ["Pain when you woke up", "2"],
  ] as const) {
    await page.getByRole("group", { name: legend }).getByText(score, { exact: true }).click();
  }
  await answerWarningSigns(page, "en");
  await page.getByText(checkInText.en.more).click();
  await page.getByLabel("Anything else about today? (optional)").fill("Written on the train");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Save check-in" }).click();
  const queued = page.getByRole("main").getByRole("status").filter({ hasText: "Not sent yet" });
  await expect(queued).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Pain when you woke up" }).getByRole("radio", { name: "2" }),
  ).toBeChecked();
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "check-in-queued-en-360.png");
  expect(await checkInRows(email)).toEqual([]);

  await page.reload(); // still offline: the page comes from the service worker, the answers from the queue
  await expect(page.getByText("1 check-in not sent yet")).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Pain when you woke up" }).getByRole("radio", { name: "2" }),
  ).toBeChecked();
  await expect(page.getByLabel("Anything else about today? (optional)")).toHaveValue("Written on the train");
  await expectNoSeriousA11yViolations(page);

  await context.setOffline(false);
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Check-in saved" })).toBeVisible({
    timeout: 20_000,
  });
  await expect
    .poll(async () => (await checkInRows(email)).map((r) => [r.pain_morning, r.comment]))
    .toEqual([[2, "Written on the train"]]);
  await expect(page.getByText("1 check-in not sent yet")).toHaveCount(0);
});

test("Vandaag opent zonder netwerk en laat het plan zien zoals het laatst geladen is", async ({ page, context }) => {
  await signUpRunner(page, { locale: "nl" });
  await completeOnboarding(page, "nl");
  await page.goto("/nl/today");
  await waitForServiceWorker(page);
  const heading = await page.getByRole("heading", { level: 1 }).innerText();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByText("Je bent offline. Dit is je plan zoals het het laatst geladen is.")).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "today-offline-nl-360.png");
  await context.setOffline(false);
});
