// The check-in follows the day (issue 10): one report holds the day's sessions, pre-filled from the
// plan, with the runner's own comment; the next day's check-in asks how yesterday's run feels
// (next-day soreness, Fees et al. 1998) and the physio reads the comment and the answer.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn, signUpRunner, type Locale } from "./support/auth";
import { answerSessions, answerWarningSigns, checkInText, sessionCard } from "./support/check-in";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const text = {
  en: {
    pains: ["Pain at rest", "Pain during the session", "Pain after the session", "Pain when you woke up"],
    rpe: /How hard was it/,
    runFelt: "How did the run feel?",
    noPain: "No pain at all",
    add: "+ Add a session",
    what: "What",
    minutes: "Minutes",
    comment: "Anything else about today? (optional)",
    save: "Save check-in",
    saved: "Check-in saved",
    yesterday: "How does yesterday's run feel today?",
    sore: "Sore from it (not normal muscle ache)",
    soreReason: "Sore the day after: take 1 day off and don't step up yet.",
    words: "Calf tight on the hills, fine on the flat",
    answerThis: "Answer this question.",
    planned: "(planned, 20 min)",
    threeOpen: "Please answer the marked questions: yesterday's run, pain when you woke up, and warning signs.",
    oneOpen: "Please answer the marked questions: yesterday's run.",
  },
  nl: {
    pains: ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"],
    rpe: /Hoe zwaar was het/,
    runFelt: "Hoe voelde het lopen?",
    noPain: "Helemaal geen pijn",
    add: "+ Training toevoegen",
    what: "Wat",
    minutes: "Minuten",
    comment: "Nog iets over vandaag? (optioneel)",
    save: "Check-in opslaan",
    saved: "Check-in opgeslagen",
    yesterday: "Heb je vandaag last van het loopje van gisteren?",
    sore: "Wel last (geen gewone spierpijn)",
    soreReason: "Een dag later pijn: neem 1 dag rust en ga nog niet omhoog.",
    words: "Kuit wat stijf bergop, op vlak terrein prima",
    answerThis: "Beantwoord deze vraag.",
    planned: "(gepland, 20 min)",
    threeOpen:
      "Beantwoord de gemarkeerde vragen: het loopje van gisteren, pijn bij het wakker worden en waarschuwingssignalen.",
    oneOpen: "Beantwoord de gemarkeerde vragen: het loopje van gisteren.",
  },
} as const;

// A runner in phase 4 (level 1, walk/run) since yesterday, whose one training day was yesterday, so
// yesterday's plan holds a walk/run and today is a rest day. Linked to the demo physio.
async function runnerWhoTrainedYesterday(page: Page, locale: Locale, name: string) {
  const { email } = await signUpRunner(page, { locale, name });
  await completeOnboarding(page, locale);
  const yesterday = await browserDay(page, -1);
  const weekday = await page.evaluate(() => ((new Date().getDay() + 5) % 7) + 1);
  const planId = await planIdOf(email);
  await sql(
    `update plans set physio_id = (select id from "user" where email = 'femke@comeback.demo'),
       intake = intake || jsonb_build_object('startOn', $2::text, 'trainingDays', jsonb_build_array($3::int), 'runsPerWeek', 1) where id = $1`,
    [planId, yesterday, weekday],
  );
  await sql(`insert into plan_events (plan_id, date, kind, payload) values ($1, $2, 'override', $3)`, [
    planId,
    yesterday,
    { by: "physio", phase: 4, level: 1 },
  ]);
  return { planId, yesterday, today: await browserDay(page, 0) };
}

async function fillPainFree(page: Page, locale: Locale) {
  await answerSessions(page, locale, "all");
  // A rest day asks no pain during or after a session.
  for (const legend of text[locale].pains) {
    const scale = page.getByRole("group", { name: legend });
    if (await scale.isVisible()) await scale.getByText("0", { exact: true }).click();
  }
  await answerWarningSigns(page, locale);
}

async function look(page: Page, name: string) {
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, `${name}-360.png`);
}

type Stored = {
  sessionKind: string;
  minutes: number;
  sessions?: unknown[];
  comment?: string;
  soreAfterYesterdaysRun?: boolean;
  soreness?: string;
};
async function report(planId: string, date: string): Promise<Stored | undefined> {
  const [row] = await sql<{ data: Stored }>(`select data from check_ins where plan_id = $1 and date = $2`, [
    planId,
    date,
  ]);
  return row?.data;
}

for (const locale of ["en", "nl"] as const) {
  const t = text[locale];
  test(`${locale}: walk/run plus an added session in one check-in with a comment; the next day asks about that run`, async ({
    browser,
    page,
  }) => {
    // Sign-up, onboarding, two check-ins and (in English) the physio's page: a long journey under load.
    test.setTimeout(240_000);
    const { planId, yesterday, today } = await runnerWhoTrainedYesterday(
      page,
      locale,
      locale === "en" ? "Dana Day" : "Daan Dag",
    );

    // Yesterday's plan is filled in: its walk/run with its planned minutes, not answered for the runner.
    await page.goto(`/${locale}/check-in?date=${yesterday}`);
    const walkRun = sessionCard(page, "walk_run");
    await expect(walkRun.locator("option:checked")).toContainText(t.planned);
    const didIt = walkRun.getByRole("group", { name: checkInText[locale].didIt });
    await expect(didIt.getByRole("radio")).toHaveCount(3);
    await expect(didIt.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(page.getByRole("group", { name: t.yesterday })).toHaveCount(0);
    // The runner also did some mobility: a session of its own in the same report.
    await page.getByRole("button", { name: t.add }).click();
    const added = page.getByRole("group", { name: /^(Session|Training) \d$/ }).last();
    await added.getByLabel(t.what).selectOption("mobility");
    await added.getByLabel(t.minutes, { exact: true }).fill("10");
    await fillPainFree(page, locale);
    // Done in full: the planned minutes are stored, not asked.
    await expect(didIt.getByRole("radio", { name: checkInText[locale].done.all })).toBeChecked();
    await expect(walkRun.getByLabel(t.minutes, { exact: true })).toHaveCount(0);
    await page.getByRole("group", { name: t.rpe }).getByText("3", { exact: true }).click();
    const felt = page.getByRole("group", { name: t.runFelt });
    await expect(felt.getByRole("radio")).toHaveCount(4); // next-day soreness is asked the next day, not here
    await felt.getByText(t.noPain).click();
    // The comment is folded away with the other optional answers.
    await page.getByText(checkInText[locale].more).click();
    await page.getByLabel(t.comment).fill(t.words);
    await look(page, `check-in-sessions-${locale}`);
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(t.saved);
    const first = await report(planId, yesterday);
    expect(first).toMatchObject({ sessionKind: "walk_run", minutes: 20, comment: t.words, soreness: "none" });
    expect(first?.sessions).toContainEqual({ kind: "walk_run", minutes: 20, completed: true });
    expect(first?.sessions).toContainEqual({ kind: "mobility", minutes: 10, completed: true });

    // Today (a rest day): the question about yesterday's run comes first, and must be answered.
    await page.goto(`/${locale}/check-in`);
    const question = page.getByRole("group", { name: t.yesterday });
    await expect(question).toBeVisible();
    // A rest day asks no pain during or after a session.
    const atRest = page.getByRole("group", { name: t.pains[0] });
    const morning = page.getByRole("group", { name: t.pains[3] });
    const warning = page.getByRole("group", { name: checkInText[locale].warning });
    await expect(page.getByRole("group", { name: t.pains[1] })).toHaveCount(0);
    await expect(page.getByRole("group", { name: t.pains[2] })).toHaveCount(0);
    // Only the pain at rest answered: the summary names every open question, each is marked and says
    // so itself (its description starts with its message; a pain scale's goes on with its hint), and the
    // answer given stays.
    await atRest.getByText("0", { exact: true }).click();
    await page.getByRole("button", { name: t.save }).click();
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toHaveText(t.threeOpen);
    for (const open of [question, morning, warning]) {
      await expect(open).toHaveAttribute("aria-invalid", "true");
      await expect(open).toHaveAccessibleDescription(new RegExp(`^${t.answerThis.replace(/[.?]/g, "\\$&")}`));
    }
    await expect(atRest).not.toHaveAttribute("aria-invalid");
    await expect(atRest.getByRole("radio", { name: "0", exact: true })).toBeChecked();
    await look(page, `check-in-marked-${locale}`);
    await fillPainFree(page, locale);
    await page.getByRole("button", { name: t.save }).click();
    await expect(summary).toHaveText(t.oneOpen);
    await expect(question).toHaveAttribute("aria-invalid", "true");
    await expect(morning).not.toHaveAttribute("aria-invalid");
    await expect(warning).not.toHaveAttribute("aria-invalid");
    await question.getByText(t.sore).click();
    await look(page, `check-in-next-day-${locale}`);
    await page.getByRole("button", { name: t.save }).click();
    const outcome = page.getByRole("main").getByRole("status");
    await expect(outcome).toContainText(t.saved);
    await expect(outcome).toContainText(t.soreReason);
    await look(page, `check-in-next-day-outcome-${locale}`);
    expect(await report(planId, today)).toMatchObject({ sessionKind: "rest", soreAfterYesterdaysRun: true });

    // The runner's own history: yesterday opens again with its sessions and comment.
    await page.goto(`/${locale}/check-in?date=${yesterday}`);
    await expect(page.getByLabel(t.comment)).toHaveValue(t.words);
    await expect(sessionCard(page, "mobility").getByLabel(t.minutes, { exact: true })).toHaveValue("10");

    if (locale !== "en") return;
    // The physio reads the day's sessions, the runner's comment and the answer about the run.
    const physioContext = await browser.newContext();
    const physio = await physioContext.newPage();
    await signIn(physio, "femke@comeback.demo");
    await physio.goto(`/en/physio/patients/${planId}/check-ins`);
    const table = physio.getByRole("region", { name: "Check-ins", exact: true }).first();
    await expect(table.getByText(t.words)).toBeVisible();
    await expect(table.getByText("Runner's comment")).toBeVisible();
    await expect(table.getByText("Sore from the day before's run")).toBeVisible();
    await expect(table.getByText("Mobility")).toBeVisible();
    await expectNoSeriousA11yViolations(physio);
    await physio.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalScroll(physio);
    await screenshot(table, "patient-check-ins-comment-en-360.png");
    await physio.setViewportSize({ width: 1280, height: 900 });
    await screenshot(table, "patient-check-ins-comment-en-1280.png");
    await physioContext.close();
  });
}
