// The daily check-in asks what the day needs and no more: a rest day only the rest and morning pain
// and the warning signs; a plain training day is saved in at most ten taps and fits two phone screens.
// Nothing is answered for the runner. A runner without a physio is never told about one.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./support/a11y";
import { signUpRunner, type Locale } from "./support/auth";
import { answerCheckIn, checkInText } from "./support/check-in";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const PHONE = { width: 360, height: 740 };
const decided = {
  en: ["Pain at rest: 1/10, above your limit of 0/10.", "Pain when you woke up: 2/10, above your limit of 0/10."],
  nl: ["Pijn in rust: 1/10, boven je grens van 0/10.", "Pijn bij het wakker worden: 2/10, boven je grens van 0/10."],
} as const;
const PHYSIO = /physio|fysio/i;
const changed = { en: "Something changed?", nl: "Er is iets veranderd" } as const;
const pauseTitle = { en: "Pause your plan", nl: "Je plan pauzeren" } as const;
const nav = { en: { messages: "Messages" }, nl: { messages: "Berichten" } } as const;

// A runner with one training day a week: today or yesterday (today is a rest day). Linked to the demo
// physio, who put them in phase 4 (level 1, walk/run) yesterday; self-guided, in phase 1 as onboarding left them.
async function runnerWithPlan(page: Page, locale: Locale, options: { trainsToday: boolean; physio: boolean }) {
  const { email } = await signUpRunner(page, { locale, name: "Sanne Korte" });
  await completeOnboarding(page, locale);
  const today = await browserDay(page, 0);
  const shift = options.trainsToday ? 0 : -1;
  const weekday = await page.evaluate((s) => {
    const d = new Date();
    d.setDate(d.getDate() + s);
    return ((d.getDay() + 6) % 7) + 1;
  }, shift);
  const planId = await planIdOf(email);
  await sql(
    `update plans set physio_id = ${options.physio ? `(select id from "user" where email = 'femke@comeback.demo')` : "null"},
       intake = intake || jsonb_build_object('startOn', $2::text, 'trainingDays', jsonb_build_array($3::int), 'runsPerWeek', 1) where id = $1`,
    [planId, await browserDay(page, -1), weekday],
  );
  if (options.physio)
    await sql(`insert into plan_events (plan_id, date, kind, payload) values ($1, $2, 'override', $3)`, [
      planId,
      await browserDay(page, -1),
      { by: "physio", phase: 4, level: 1 },
    ]);
  return { planId, today };
}

/** The form's questions on screen: visible controls, radios of one name counted once (buttons not). */
async function visibleInputs(page: Page): Promise<string[]> {
  return page.locator("main form").evaluate((form) => {
    const names = new Set<string>();
    for (const el of form.querySelectorAll<HTMLInputElement>("input, select, textarea")) {
      // Radios are drawn as cards (the input itself is visually hidden): what shows is its label.
      const shown = el.type === "radio" ? (el.closest("label") ?? el) : el;
      const box = shown.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || shown.closest("details:not([open])")) continue;
      names.add(el.name || el.id || `${el.tagName}-${names.size}`);
    }
    return [...names];
  });
}

// The README's pictures (or, with E2E_SCREENSHOT_DIR, pictures to look at first), when asked for.
async function shoot(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const folder = process.env.E2E_SCREENSHOT_DIR ?? "docs/screenshots";
  // The menu, fixed to the phone's bottom edge, is drawn once at the end instead of across the form.
  await page.screenshot({
    path: `${folder}/${name}.png`,
    fullPage: true,
    style: "[data-app-nav] { position: static !important; }",
  });
}

/** The smallest width and height of the score segments a runner taps (each radio's label). */
async function smallestScoreTarget(page: Page) {
  return page.locator("main form").evaluate((form) => {
    const boxes = [
      ...form.querySelectorAll<HTMLInputElement>('input[type="radio"][name^="pain"], input[type="radio"][name="rpe"]'),
    ].map((radio) => radio.closest("label")!.getBoundingClientRect());
    return {
      count: boxes.length,
      width: Math.min(...boxes.map((b) => b.width)),
      height: Math.min(...boxes.map((b) => b.height)),
    };
  });
}

for (const locale of ["en", "nl"] as const) {
  const t = checkInText[locale];

  test(`${locale}: a rest day asks the rest and morning pain and the warning signs, nothing else`, async ({ page }) => {
    test.setTimeout(120_000);
    const { planId, today } = await runnerWithPlan(page, locale, { trainsToday: false, physio: true });
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/check-in`);
    await expect(page.getByRole("group", { name: t.warning })).toBeVisible();
    const inputs = await visibleInputs(page);
    expect(inputs.sort()).toEqual(["anyWarningSign", "painMorning", "painRest"]);
    expect(inputs.length).toBeLessThanOrEqual(5);
    await expect(page.getByRole("group", { name: t.pains[1] })).toHaveCount(0);
    await expect(page.getByRole("group", { name: t.rpe })).toHaveCount(0);
    await expectNoHorizontalScroll(page);
    await shoot(page, `checkin-rest-day-${locale}`);

    // Saving without the warning signs answered is refused and keeps what was tapped.
    await page.getByRole("group", { name: t.pains[0] }).getByText("1", { exact: true }).click();
    await page.getByRole("group", { name: t.pains[3] }).getByText("2", { exact: true }).click();
    // A score moves with the arrow keys, as native radios do.
    const atRest = page.getByRole("group", { name: t.pains[0] });
    await atRest.getByRole("radio", { name: "1", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(atRest.getByRole("radio", { name: "2", exact: true })).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("group", { name: t.warning })).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByRole("group", { name: t.pains[0] }).getByRole("radio", { name: "1", exact: true }),
    ).toBeChecked();
    expect(await sql(`select 1 from check_ins where plan_id = $1`, [planId])).toHaveLength(0);

    await page.getByRole("group", { name: t.warning }).getByText(t.noWarning, { exact: true }).click();
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(t.saved)).toBeVisible();
    // The decision names each score that decided, against its limit (a knee: 0/10 for every score).
    const outcome = page.getByRole("status").filter({ hasText: t.saved });
    await expect(outcome.getByText(decided[locale][0])).toBeVisible();
    await expect(outcome.getByText(decided[locale][1])).toBeVisible();
    await shoot(page, `checkin-decision-${locale}`);
    const [row] = await sql<{ data: Record<string, unknown> }>(
      `select data from check_ins where plan_id = $1 and date = $2`,
      [planId, today],
    );
    // Not asked, not stored: a rest day has no pain during or after a session.
    expect(row!.data).toMatchObject({ painRest: 1, painMorning: 2, sessionKind: "rest", nightPain: false });
    expect(row!.data).not.toHaveProperty("painDuring");
    expect(row!.data).not.toHaveProperty("painAfter");
  });

  test(`${locale}: a plain training day is saved in at most ten taps, nothing answered for the runner`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { planId, today } = await runnerWithPlan(page, locale, { trainsToday: true, physio: false });
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/check-in`);
    const didIt = page.getByRole("group", { name: t.didIt });
    // Today's plan (phase 1): its sessions, each asked.
    await expect(didIt.first()).toBeVisible();
    const planned = await didIt.count();
    // The planned walk/run is not ticked as done: the runner says so.
    for (const radio of await didIt.getByRole("radio").all()) await expect(radio).not.toBeChecked();
    await expect(
      page.getByRole("group", { name: t.warning }).getByRole("radio", { name: t.noWarning }),
    ).not.toBeChecked();
    // The optional parts are folded away.
    await expect(page.getByText(t.more)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page);
    await shoot(page, `check-in-training-day-${locale}`);
    // The whole form fits two phone screens (2 x 740 px at 360 px wide).
    const height = await page.locator("main form").evaluate((form) => form.getBoundingClientRect().height);
    test.info().annotations.push({ type: "form height at 360 px", description: String(Math.round(height)) });
    expect(height).toBeLessThanOrEqual(2 * PHONE.height);
    // Compact, not cramped: every score segment is at least 24 x 24 CSS px (WCAG 2.2 target size minimum).
    const target = await smallestScoreTarget(page);
    expect(target.count).toBe(4 * 11 + 10);
    expect(target.width).toBeGreaterThanOrEqual(24);
    expect(target.height).toBeGreaterThanOrEqual(24);

    let taps = await answerCheckIn(page, locale, { pain: 0, rpe: 3 });
    await page.getByRole("button", { name: t.save }).click();
    taps += 1;
    await expect(page.getByText(t.saved)).toBeVisible();
    expect(taps).toBeLessThanOrEqual(10);
    const [row] = await sql<{ data: { sessions: unknown[]; completed: boolean } }>(
      `select data from check_ins where plan_id = $1 and date = $2`,
      [planId, today],
    );
    expect(row!.data.completed).toBe(true);
    expect(row!.data.sessions).toHaveLength(planned);

    // Self-guided: no physio in the result, on Today, Plan and Progress, and no Messages in the menu.
    expect(await page.locator("main").innerText()).not.toMatch(PHYSIO);
    for (const path of ["today", "plan", "progress"]) {
      await page.goto(`/${locale}/${path}`);
      await expect(page.locator("h1").first()).toBeVisible();
      expect(await page.locator("main").innerText(), path).not.toMatch(PHYSIO);
      await expect(page.getByRole("navigation").getByRole("link", { name: nav[locale].messages })).toHaveCount(0);
      // Plan: the pause and the intake correction wait, folded away, at the end.
      if (path === "plan") {
        await expect(page.getByText(changed[locale], { exact: true })).toBeVisible();
        await expect(page.getByRole("region", { name: pauseTitle[locale] })).toBeHidden();
      }
    }
  });
}
