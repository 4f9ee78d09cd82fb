// History, not overwrite (issue 9): a corrected report keeps its earlier versions, a warning sign once
// reported keeps the plan paused, and the physio sees who changed what and when. The new warning signs
// pause the plan in either language.
import { expect, type Locator, type Page } from "@playwright/test";
import { test } from "./support/test";
import { answerCheckIn, answerWarningSigns, checkInText } from "./support/check-in";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn, signUpRunner, type Locale } from "./support/auth";
import { sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const text = {
  en: {
    pains: ["Pain at rest", "Pain during the session", "Pain after the session", "Pain when you woke up"],
    rpe: /How hard was it/,
    save: "Save check-in",
    correct: "Save correction",
  },
  nl: {
    pains: ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"],
    rpe: /Hoe zwaar was het/,
    save: "Check-in opslaan",
    correct: "Aanpassing opslaan",
  },
} as const;

// Pain-free, with the warning signs named (none unless given).
async function fillPainFree(page: Page, locale: Locale, signs: readonly string[] = []) {
  await answerCheckIn(page, locale, { pain: 0, rpe: 3, signs });
}

// A new runner with a plan, linked to the demo physio (what accepting her invite does; the invite
// journey has its own spec).
async function newLinkedRunner(page: Page, locale: Locale, name: string) {
  const { email } = await signUpRunner(page, { locale, name });
  await completeOnboarding(page, locale);
  await sql(
    `update plans set physio_id = (select id from "user" where email = 'femke@comeback.demo') where runner_id = (select id from "user" where email = $1)`,
    [email],
  );
  return email;
}

// axe on the page, then a look at 360 px and on a desktop (only `part` of a long page when given).
async function shoot(page: Page, name: string, part?: Locator) {
  await expectNoSeriousA11yViolations(page);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await screenshot(part ?? page, `${name}-${width}.png`);
  }
}

test("a runner corrects night pain to none: still paused, and the physio sees both versions", async ({
  browser,
  page,
}) => {
  // A long journey (two users, five pages, axe twice) on a shared 2-core machine.
  test.setTimeout(240_000);
  const email = await newLinkedRunner(page, "en", "Hanna History");
  await page.goto("/en/check-in");
  await fillPainFree(page, "en", ["Pain at night or pain that wakes me"]);
  await page.getByRole("button", { name: text.en.save }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Your plan is paused/ })).toBeVisible();

  // The correction: the form opens with the saved answers; night pain becomes no warning sign, save again.
  await page.goto("/en/check-in");
  const warning = page.getByRole("group", { name: checkInText.en.warning });
  const nightPain = page.getByRole("checkbox", { name: "Pain at night or pain that wakes me" });
  await expect(warning.getByRole("radio", { name: checkInText.en.yesWarning })).toBeChecked();
  await expect(nightPain).toBeChecked();
  await answerWarningSigns(page, "en");
  await expect(warning.getByRole("radio", { name: checkInText.en.noWarning })).toBeChecked();
  await expect(nightPain).toHaveCount(0);
  await page.getByRole("button", { name: text.en.correct }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Your plan is paused/ })).toBeVisible();
  const versions = await sql<{ n: number }>(
    `select count(*)::int as n from check_in_versions v join plans p on p.id = v.plan_id join "user" u on u.id = p.runner_id where u.email = $1`,
    [email],
  );
  expect(versions[0]?.n).toBe(2);

  await page.goto("/en/today");
  await expect(page.getByRole("heading", { level: 1, name: "Your plan is paused" })).toBeVisible();
  await expect(page.getByText(/You corrected a report that had a warning sign/)).toBeVisible();
  await expect(page.getByText("Comeback does not diagnose.")).toBeVisible();
  await shoot(page, "red-flag-corrected-en");

  const physioContext = await browser.newContext();
  const physio = await physioContext.newPage();
  await signIn(physio, "femke@comeback.demo");
  const [plan] = await sql<{ id: string }>(
    `select p.id from plans p join "user" u on u.id = p.runner_id where u.email = $1`,
    [email],
  );
  await physio.goto(`/en/physio/patients/${plan!.id}/check-ins`);
  await expect(physio.getByText("Paused: red flag")).toBeVisible();
  const history = physio.getByRole("region", { name: "Corrected check-ins" });
  await expect(history.getByText("Original report")).toBeVisible();
  await expect(history.getByText("Correction 2")).toBeVisible();
  await expect(history.getByText(/by Hanna History \(runner\)/).first()).toBeVisible();
  await expect(history.getByText("Night pain: yes → no")).toBeVisible();
  await shoot(physio, "patient-corrections-en", history);
  await physioContext.close();
});

test("een plotselinge scherpe pijn of een knap zet het plan stil", async ({ page }) => {
  test.setTimeout(150_000);
  await newLinkedRunner(page, "nl", "Kees Knap");
  await page.goto("/nl/check-in");
  const pop = "Een plotselinge scherpe pijn, of ik voelde of hoorde een ‘knap’";
  await fillPainFree(page, "nl", [pop]);
  await expect(page.getByRole("checkbox", { name: "Een doof gevoel of tintelingen (speldenprikken)" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Mijn kuit is warm, dik en pijnlijk bij aanraken" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Ik voel me ziek of koortsig, en het doet pijn" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: pop })).toBeChecked();
  await shoot(page, "check-in-warning-signs-nl");
  await page.getByRole("button", { name: text.nl.save }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Je plan staat stil/ })).toBeVisible();
  await page.goto("/nl/today");
  await expect(page.getByRole("heading", { level: 1, name: "Je plan staat stil" })).toBeVisible();
  await expect(page.getByText("Comeback stelt geen diagnose", { exact: false })).toBeVisible();
  await shoot(page, "red-flag-pop-nl");
});

test("physios read the engine's rules, with sources, in both languages", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "femke@comeback.demo", { locale: "nl" });
  await page.goto("/nl/physio");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Regels" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "De regels achter elk plan" })).toBeVisible();
  await expect(page.getByText("Fees et al. (1998). Am J Sports Med").first()).toBeVisible();
  await shoot(page, "rules-nl");
  await page.goto("/en/physio/rules");
  await expect(page.getByRole("heading", { level: 1, name: "The rules behind every plan" })).toBeVisible();
  await expect(page.getByText("Silbernagel", { exact: false }).first()).toBeVisible();
  await shoot(page, "rules-en");
});

test("a stress reaction of the navicular: the bone site is asked, and every step waits for a physio", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signUpRunner(page, { locale: "en" });
  await page.getByRole("radio", { name: "Foot", exact: true }).check();
  const where = page.getByRole("group", { name: "Where on the bone?" });
  await expect(where).toBeHidden();
  await page.getByRole("radio", { name: /^Bone/ }).check();
  await expect(where).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(where.getByText("Choose where on the bone, or pick Not sure.")).toBeVisible();
  await shoot(page, "onboarding-bone-site-en");
  await where.getByRole("radio", { name: /^Top of the midfoot/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Date of your last normal run").fill(await browserDay(page, -21));
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Runs a week").fill("3");
  await page.getByLabel("Minutes of running a week").fill("150");
  await page.getByLabel("Longest run, in minutes").fill("60");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Foot · Bone · Top of the midfoot, on the inner side")).toBeVisible();
  await page.getByRole("button", { name: "Create my plan" }).click();
  await expect(page).toHaveURL(/\/en\/plan$/);
  await expect(
    page.getByText(
      /Your injury is at a spot that heals slowly \(Top of the midfoot, on the inner side\)\. So every step to the next phase needs a physio's approval first/,
    ),
  ).toBeVisible();
  await shoot(page, "plan-bone-high-risk-en");
});
