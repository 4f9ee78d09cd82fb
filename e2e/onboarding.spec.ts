import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";

const text = {
  en: {
    title: "Set up your comeback",
    step: (n: number) => `Step ${n} of 5`,
    next: "Next",
    back: "Back",
    edit: "Edit: Your injury",
    create: "Create my plan",
    achilles: "Achilles tendon",
    calf: "Calf",
    knee: "Knee",
    notSure: /^Not sure/,
    siteError: "Choose where it hurts.",
    tissueError: "Choose the kind of injury, or pick Not sure.",
    lastRun: "Date of your last normal run",
    futureError: "That date is still to come. Pick the day of your last normal run.",
    weeksOff: "That's 3 weeks without running.",
    runs: "Runs a week",
    weekly: "Minutes of running a week",
    longest: "Longest run, in minutes",
    longestError: "Your longest run cannot be longer than your minutes a week.",
    days: ["Tuesday", "Thursday", "Saturday"],
    monday: "Monday",
    daysError: "Pick at least one day.",
    reviewInjury: "Knee · Not sure",
    reviewDays: "Monday, Thursday, and Saturday",
    reviewWeeks: "(3 weeks ago)",
    reviewRunning: "3 runs a week, 150 minutes in total; longest run 60 minutes",
    disclaimer: /Comeback does not diagnose/,
  },
  nl: {
    title: "Stel je comeback in",
    step: (n: number) => `Stap ${n} van 5`,
    next: "Volgende",
    back: "Terug",
    edit: "Wijzig: Je blessure",
    create: "Maak mijn plan",
    achilles: "Achillespees",
    calf: "Kuit",
    knee: "Knie",
    notSure: /^Weet ik niet/,
    siteError: "Kies waar het pijn doet.",
    tissueError: "Kies het soort blessure, of kies Weet ik niet.",
    lastRun: "Datum van je laatste normale loop",
    futureError: "Die datum moet nog komen. Kies de dag van je laatste normale loop.",
    weeksOff: "Dat is 3 weken zonder hardlopen.",
    runs: "Loopjes per week",
    weekly: "Minuten hardlopen per week",
    longest: "Langste loop, in minuten",
    longestError: "Je langste loopje kan niet langer zijn dan je minuten per week.",
    days: ["Dinsdag", "Donderdag", "Zaterdag"],
    monday: "Maandag",
    daysError: "Kies minstens één dag.",
    reviewInjury: "Knie · Weet ik niet",
    reviewDays: "maandag, donderdag en zaterdag",
    reviewWeeks: "(3 weken geleden)",
    reviewRunning: "3 loopjes per week, samen 150 minuten; langste loopje 60 minuten",
    disclaimer: /Comeback stelt geen diagnose/,
  },
} as const;

// The browser's own calendar day, shifted: the runner's "today" follows the time zone they signed up in.
async function browserDay(page: Page, shiftDays: number): Promise<string> {
  return page.evaluate((shift) => {
    const date = new Date();
    date.setDate(date.getDate() + shift);
    return date.toLocaleDateString("en-CA");
  }, shiftDays);
}

// Every step: axe clean, no sideways scroll at 360 px, and a look at 360 and 1280 px.
async function inspect(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, `${name}-360.png`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280.png`);
  await page.setViewportSize({ width: 360, height: 780 });
}

for (const locale of ["en", "nl"] as const) {
  const t = text[locale];

  test(`a new runner sets up a plan in ${locale}, fixing one mistake per step and reloading half-way`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 780 });
    await signUpRunner(page, { locale });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    const heading = page.getByRole("heading", { level: 2 });
    const next = page.getByRole("button", { name: t.next });
    const current = page.locator('[aria-current="step"]');

    // Step 1: nothing chosen, then a site and "not sure".
    await expect(page.getByText(t.step(1))).toBeVisible();
    await inspect(page, `${locale}-1-injury`);
    await next.click();
    await expect(page.getByText(t.siteError)).toBeVisible();
    await expect(page.getByText(t.tissueError)).toBeVisible();
    await expect(page.getByRole("radio", { name: t.calf, exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("radio", { name: t.achilles, exact: true })).toBeFocused();
    await inspect(page, `${locale}-1-injury-errors`);
    await page.getByRole("radio", { name: t.calf, exact: true }).check();
    await page.getByRole("radio", { name: t.notSure }).check();
    await next.click();

    // Step 2: a date still to come, then three weeks ago.
    await expect(page.getByText(t.step(2))).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(current).toHaveCount(1);
    const lastRun = page.getByLabel(t.lastRun);
    await lastRun.fill(await browserDay(page, 3));
    await next.click();
    await expect(page.getByText(t.futureError)).toBeVisible();
    await expect(lastRun).toHaveAttribute("aria-invalid", "true");
    await expect(lastRun).toHaveValue(await browserDay(page, 3));
    await inspect(page, `${locale}-2-last-run-error`);
    await lastRun.fill(await browserDay(page, -21));
    await expect(page.getByText(t.weeksOff)).toBeVisible();
    await next.click();

    // Step 3: a longest run longer than the week, then fixed.
    await expect(page.getByText(t.step(3))).toBeVisible();
    await page.getByLabel(t.runs).fill("3");
    await page.getByLabel(t.weekly).fill("40");
    await page.getByLabel(t.longest).fill("60");
    await next.click();
    await expect(page.getByText(t.longestError)).toBeVisible();
    await expect(page.getByLabel(t.longest)).toBeFocused();
    await expect(page.getByLabel(t.runs)).toHaveValue("3");
    await inspect(page, `${locale}-3-running-error`);
    await page.getByLabel(t.weekly).fill("150");
    await next.click();
    await expect(page.getByText(t.step(4))).toBeVisible();

    // A reload resumes at the same step; going back shows the saved answers.
    await page.reload();
    await expect(page.getByText(t.step(4))).toBeVisible();
    await page.getByRole("button", { name: t.back }).click();
    await expect(page.getByText(t.step(3))).toBeVisible();
    await expect(page.getByLabel(t.runs)).toHaveValue("3");
    await expect(page.getByLabel(t.weekly)).toHaveValue("150");
    await expect(page.getByLabel(t.longest)).toHaveValue("60");
    await next.click();

    // Step 4: three days ticked to match three runs; none, then a choice of our own.
    await expect(page.getByText(t.step(4))).toBeVisible();
    for (const day of t.days) await expect(page.getByRole("checkbox", { name: day })).toBeChecked();
    await inspect(page, `${locale}-4-days`);
    for (const day of t.days) await page.getByRole("checkbox", { name: day }).uncheck();
    await next.click();
    await expect(page.getByText(t.daysError)).toBeVisible();
    await page.getByRole("checkbox", { name: t.monday }).check();
    await page.getByRole("checkbox", { name: t.days[1] }).check();
    await page.getByRole("checkbox", { name: t.days[2] }).check();
    await next.click();

    // Review: edit the injury, come straight back, create the plan.
    await expect(page.getByText(t.step(5))).toBeVisible();
    await expect(page.getByText(t.disclaimer)).toHaveCount(1);
    await page.getByRole("button", { name: t.edit }).click();
    await expect(page.getByText(t.step(1))).toBeVisible();
    await expect(page.getByRole("radio", { name: t.calf, exact: true })).toBeChecked();
    await page.getByRole("radio", { name: t.knee, exact: true }).check();
    await next.click();
    await expect(page.getByText(t.step(5))).toBeVisible();
    await expect(page.getByText(t.reviewInjury)).toBeVisible();
    await expect(page.getByText(t.reviewDays)).toBeVisible();
    await expect(page.getByText(t.reviewWeeks)).toBeVisible();
    await expect(page.getByText(t.reviewRunning)).toBeVisible();
    await inspect(page, `${locale}-5-review`);
    await page.getByRole("button", { name: t.create }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/plan$`));

    // With a plan, onboarding is done: the runner is sent to today.
    await page.goto(`/${locale}/onboarding`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/today$`));
  });
}

test("a physio opening onboarding is told it is for runners", async ({ page }) => {
  await signIn(page, "femke@comeback.demo");
  await page.goto("/en/onboarding");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This part is for runners");
  await expectNoSeriousA11yViolations(page);
});

test("a step is saved without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUpRunner(page, { locale: "en" });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(text.en.siteError)).toBeVisible();
  // A tendon (a bone would add the bone-site question, covered in the bone journey).
  await page.getByRole("radio", { name: "Achilles tendon", exact: true }).check();
  await page.getByRole("radio", { name: /^Tendon/ }).check();
  // A tendon's rest-pain question opens by CSS alone, so it is there without JavaScript too.
  await page
    .getByRole("group", { name: "Pain at rest these days" })
    .getByRole("radio", { name: /^1: barely/ })
    .check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(text.en.step(2))).toBeVisible();
  await page.goto("/en/onboarding");
  await expect(page.getByText(text.en.step(2))).toBeVisible();
  await context.close();
});
