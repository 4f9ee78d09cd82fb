import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { answerSessions, answerWarningSigns } from "./support/check-in";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signUpRunner, type Locale } from "./support/auth";
import { sql, startPlanDaysAgo } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const text = {
  en: {
    pains: ["Pain at rest", "Pain during the session", "Pain after the session", "Pain when you woke up"],
    rpe: /How hard was it/,
    save: /^Save (check-in|correction)$/,
    saved: /Check-in (saved|corrected)/,
    phase2Now: "Phase 2 of 4 · now",
    phase2Today: "Phase 2 of 4 · Mobility",
    ready: "Well done: you're ready for phase 2.",
    hold: "Stay at this level",
    painHeld: "Pain during the session: 3/10",
    streakZero: "0 of 3 pain-free days in a row",
    nightPain: "Pain at night or pain that wakes me",
    paused: "Your plan is paused",
  },
  nl: {
    pains: ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"],
    rpe: /Hoe zwaar was het/,
    save: /^(Check-in|Aanpassing) opslaan$/,
    saved: /Check-in (opgeslagen|aangepast)/,
    phase2Now: "Fase 2 van 4 · nu",
    phase2Today: "Fase 2 van 4 · Mobiliteit",
    ready: "Goed gedaan: je bent klaar voor fase 2.",
    hold: "Blijf op dit niveau",
    painHeld: "Pijn tijdens de training: 3/10",
    streakZero: "0 van 3 pijnvrije dagen op rij",
    nightPain: "Pijn 's nachts of pijn waar ik wakker van word",
    paused: "Je plan staat stil",
  },
} as const;

async function checkIn(
  page: Page,
  locale: Locale,
  date: string,
  pains: [number, number, number, number],
  signs: readonly string[] = [],
) {
  const t = text[locale];
  await page.goto(`/${locale}/check-in?date=${date}`);
  await answerSessions(page, locale, "all");
  // A rest day asks no pain during or after a session: each scale on screen is answered.
  for (const [i, legend] of t.pains.entries()) {
    const scale = page.getByRole("group", { name: legend });
    if (await scale.isVisible()) await scale.getByText(String(pains[i]), { exact: true }).click();
  }
  const rpe = page.getByRole("group", { name: t.rpe });
  if (await rpe.isVisible()) await rpe.getByText("3", { exact: true }).click();
  await answerWarningSigns(page, locale, signs);
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(t.saved);
}

for (const locale of ["en", "nl"] as const) {
  const t = text[locale];
  test(`a new runner (${locale}) onboards, opens phase 2 with pain-free days, is held by pain and paused by night pain`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const { email } = await signUpRunner(page, { locale });
    await completeOnboarding(page, locale);
    // The runner started three days ago (the database is told so): those days can be filled in.
    await startPlanDaysAgo(email, 3);
    // Today is a training day (its mobility is planned), whatever the weekday: a rest day asks no pain
    // during a session, and today's pain during the session is what holds the gate below.
    const weekday = await page.evaluate(() => ((new Date().getDay() + 6) % 7) + 1);
    await sql(
      `update plans set intake = intake || jsonb_build_object('trainingDays', jsonb_build_array($2::int, $3::int, $4::int))
         where runner_id = (select id from "user" where email = $1)`,
      [email, ...[0, 2, 4].map((shift) => ((weekday - 1 + shift) % 7) + 1)],
    );

    for (const back of [3, 2]) await checkIn(page, locale, await browserDay(page, -back), [0, 0, 0, 0]);
    await checkIn(page, locale, await browserDay(page, -1), [0, 0, 0, 0]);
    await expect(page.getByRole("main").getByRole("status")).toContainText(t.ready);

    await page.goto(`/${locale}/plan`);
    await expect(page.getByText(t.phase2Now)).toBeVisible();
    await page.goto(`/${locale}/today`);
    await expect(page.getByText(t.phase2Today)).toBeVisible();

    // A painful day holds the gate and says why.
    await checkIn(page, locale, await browserDay(page, 0), [0, 3, 1, 0]);
    await expect(page.getByRole("heading", { level: 2, name: t.hold })).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toContainText(t.painHeld);
    await page.goto(`/${locale}/plan`);
    await expect(page.getByText(t.streakZero)).toBeVisible();

    // Correcting today with night pain pauses the plan and offers no running.
    await checkIn(page, locale, await browserDay(page, 0), [1, 3, 1, 1], [t.nightPain]);
    await page.goto(`/${locale}/today`);
    await expect(page.getByRole("heading", { level: 1, name: t.paused })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
