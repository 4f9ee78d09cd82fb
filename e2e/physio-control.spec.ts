// Issue 10, the physio in control: a program change the runner sees on Today, a pause that moves
// the projection, a level override; in both languages, axe-clean, looked at on a phone and a desktop.
import { expect, type Browser } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner, type Locale } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const FEMKE = "femke@comeback.demo";

// A new runner with a plan, linked to Femke, training every day but tomorrow (so today is a
// training day whatever the day of the week). Returns the runner's page and Femke's page.
async function linkedRunner(browser: Browser, locale: Locale, name: string) {
  const runner = await (await browser.newContext()).newPage();
  const { email } = await signUpRunner(runner, { locale, name });
  await completeOnboarding(runner, locale);
  const today = await browserDay(runner, 0);
  const weekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const tomorrow = (weekday % 7) + 1;
  const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== tomorrow);
  await sql(
    `update plans set physio_id = (select id from "user" where email = $2), intake = intake || jsonb_build_object('trainingDays', $3::jsonb) where id = $1`,
    [await planIdOf(email), FEMKE, JSON.stringify(days)],
  );
  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, FEMKE, { locale });
  await physio.goto(`/${locale}/physio/patients/${await planIdOf(email)}`);
  return { runner, physio, email };
}

test("a physio moves the runner to phase 2, swaps an exercise and changes a dose; the runner sees it on Today", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { runner, physio, email } = await linkedRunner(browser, "en", "Program Runner");
  await expect(physio.getByRole("heading", { level: 1 })).toContainText("Program Runner");
  // The program and the clinical controls are one section of the patient page, reached by its tab.
  await physio
    .getByRole("navigation", { name: "Sections of the patient page" })
    .getByRole("link", { name: "Program" })
    .click();
  await expect(physio).toHaveURL(/\/program$/);
  await expect(
    physio.getByRole("navigation", { name: "Sections of the patient page" }).getByRole("link", { name: "Program" }),
  ).toHaveAttribute("aria-current", "page");

  const control = physio.getByRole("region", { name: "Phase, level or return date" });
  await control.getByLabel("Phase", { exact: true }).selectOption("2");
  await control.getByLabel("Your note for the patient").fill("Walking is easy now: time for mobility.");
  await control.getByRole("button", { name: "Apply" }).click();
  await expect(control.getByText("Saved. The plan is replayed with your change.")).toBeVisible();

  const program = physio.getByRole("region", { name: "Exercise program" });
  await expect(program.getByLabel("Session")).toHaveValue("0"); // mobility in phase 2, the phase the runner is in
  const first = program.getByRole("listitem").first();
  await first.getByLabel("Swap for").selectOption({ label: "Knee to wall" });
  await first.getByLabel("Hold (s)").fill("45");
  await first.getByLabel("Sets").fill("3");
  await program.getByLabel("Instruction for the patient").fill("Breathe out as you lean in");
  await program.getByRole("button", { name: "Save program" }).click();
  await expect(program.getByText("Program saved.")).toBeVisible();
  await expect(program.getByText(/Your program, in use since/)).toBeVisible();
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-program");

  const [event] = await sql<{
    payload: { items: { exerciseId: string; dose: { holdSeconds: number; sets: number } }[] };
  }>(`select payload from plan_events where plan_id = $1 and kind = 'program_change'`, [await planIdOf(email)]);
  expect(event!.payload.items[0]).toMatchObject({ exerciseId: "knee-to-wall", dose: { holdSeconds: 45, sets: 3 } });

  await runner.goto("/en/today");
  const mobility = runner.getByRole("article").filter({ hasText: "Mobility" });
  await expect(mobility.getByText(/Changed by your physio on/)).toBeVisible();
  await expect(mobility.getByText("Your physio: “Breathe out as you lean in”")).toBeVisible();
  await expect(mobility.getByText("Knee to wall", { exact: true })).toBeVisible();
  // The swap took Knee to wall's own dose (reps with a hold), then the physio's 3 sets and 45 s: one dose
  // text for the runner, whoever prescribed it.
  await expect(mobility.getByText(/3 × 10, hold each 45 s/)).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "runner-today-program");

  await runner.goto("/en/plan");
  await expect(runner.getByText("Exercise program changed")).toBeVisible();
  await expect(runner.getByText("“Walking is easy now: time for mobility.”")).toBeVisible();
});

test("een fysio pauzeert het plan wegens ziekte, de prognose schuift op; daarna zet ze een loopniveau", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { runner, physio } = await linkedRunner(browser, "nl", "Pauze Loper");
  const overview = physio.url();
  const projection = physio.getByRole("region", { name: "Terug op het oude niveau" });
  const before = await projection.locator("p").first().textContent();

  await physio.goto(`${overview}/program`);
  const pause = physio.getByRole("region", { name: "Plan pauzeren" });
  await pause.getByLabel("Tot en met").fill(await browserDay(physio, 13));
  await pause.getByLabel("Reden").selectOption("illness");
  await pause.getByRole("button", { name: "Plan pauzeren" }).click();
  await expect(pause.getByText(/^Gepauzeerd tot en met/)).toBeVisible();
  await physio.goto(overview);
  await expect(projection.locator("p").first()).not.toHaveText(before ?? "");
  await physio.goto(`${overview}/program`);

  const control = physio.getByRole("region", { name: "Fase, niveau of terugkeerdatum" });
  const level = control.getByLabel(/^Loopniveau/);
  const note = control.getByLabel("Je toelichting voor de patiënt");
  // A level without phase 4 is refused: the message names the level, and what she entered stays.
  await level.fill("3");
  await note.fill("Liep vandaag goed bij mij op de band.");
  await control.getByRole("button", { name: "Toepassen" }).click();
  await expect(control.getByText("Een loopniveau hoort bij fase 4. Zet de fase ook op 4.")).toBeVisible();
  await expect(level).toHaveAttribute("aria-invalid", "true");
  await expect(level).toHaveValue("3");
  await expect(note).toHaveValue("Liep vandaag goed bij mij op de band.");
  await control.getByLabel("Fase", { exact: true }).selectOption("4");
  await control.getByRole("button", { name: "Toepassen" }).click();
  await expect(control.getByText("Opgeslagen.", { exact: false })).toBeVisible();
  await expect(note).toHaveValue(""); // saved: the form is empty again, so the note is not sent twice
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "fysio-regie");
  await physio.goto(`${overview}/settings`);
  await expect(physio.getByText("Loopniveau ingesteld op 3").first()).toBeVisible();

  await runner.goto("/nl/plan");
  await expect(runner.getByText("Plan gepauzeerd", { exact: true })).toBeVisible();
  await expect(runner.getByText("Loopniveau ingesteld op 3")).toBeVisible();
  const runnerPause = runner.getByRole("region", { name: "Je plan pauzeren" });
  await expect(runnerPause.getByText(/^Gepauzeerd tot en met/)).toBeVisible();
  await runnerPause.getByRole("button", { name: "Pauze vandaag beëindigen" }).click();
  await expect(runnerPause.getByText("De pauze is voorbij; het plan gaat vandaag verder.")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "loper-plan-pauze");
});

test("the handout and the file report print on A4 with nothing cut off", async ({ page }, testInfo) => {
  test.setTimeout(60_000); // two pages, each with an axe scan and a PDF
  await signIn(page, FEMKE);
  const planId = await planIdOf("carmen@comeback.demo");
  for (const [path, name] of [
    [`/en/physio/patients/${planId}/handout`, "handout"],
    [`/nl/physio/patients/${planId}/print`, "file-report"],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ media: "print" });
    // A4 at 15 mm margins is about 680 CSS px wide: nothing in the page may be wider.
    await page.setViewportSize({ width: 680, height: 900 });
    await expectNoHorizontalScroll(page);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.tagName),
    );
    expect(overflowing).toEqual([]);
    await page.pdf({ path: testInfo.outputPath(`${name}.pdf`), format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });
  }
  await page.goto(`/en/physio/patients/${planId}/handout`);
  // Carmen is in phase 3: the handout's program is her strength session (after the physio's contact).
  await expect(page.getByRole("heading", { level: 2, name: /Strength/ }).first()).toBeVisible();
});
