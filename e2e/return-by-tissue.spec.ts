// The return that fits the tissue, in Dutch: the physio reads the rules with their published sources, the
// demo's hamstring runner sees the speed work in today's run, and a physio's "not yet" sets a re-check
// date and a reason that the runner reads, with the pain-free days still counting; a tendon runner gives
// her rest pain at onboarding as her own baseline.
import { expect } from "@playwright/test";
import { quietCheckIn } from "../lib/scripts/sample-check-in";
import { defaultSettings, Intake } from "../lib/engine";
import { expectNoSeriousA11yViolations, screenshot, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";
import { test } from "./support/test";

const FEMKE = "femke@comeback.demo";

test("de fysio leest bij elke regel een echte bron: auteur, jaar en tijdschrift", async ({ page }) => {
  await signIn(page, FEMKE, { locale: "nl" });
  await page.goto("/nl/physio/rules");
  await expect(page.getByRole("heading", { level: 1, name: "De regels achter elk plan" })).toBeVisible();
  const rule = (name: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(rule("Alarmsignalen")).toContainText("Finucane et al. (2020). J Orthop Sports Phys Ther");
  await expect(rule("Alarmsignalen")).toContainText("Wells et al. (1997). Lancet");
  await expect(rule("Kracht en hardlopen")).toContainText("Robineau et al. (2016). J Strength Cond Res");
  await expect(rule("Eerst wandelen en hardlopen")).toContainText("Liem et al. (2013). Curr Sports Med Rep");
  await expect(rule("Een pauze in het lopen")).toContainText("Mujika & Padilla (2000). Sports Med");
  await expect(rule("Vuistregel")).toContainText(
    "M. Steunebrink, ‘Hardlopen na een blessure: zo bouw je verantwoord weer op’, artikel van 19 januari 2026",
  );
  await expect(rule("Snelheidsfase bij de hamstring")).toContainText("Mendiguchia et al. (2017). Med Sci Sports Exerc");
  for (const internal of ["DOMAIN", "Seed", "physioadvisor", "§"])
    await expect(page.getByRole("main")).not.toContainText(internal);
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "rules-sources-nl");
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(rule("Alarmsignalen"), `rules-red-flags-nl-${width}.png`);
    await screenshot(rule("Vuistregel"), `rules-rule-of-thumb-nl-${width}.png`);
  }
  await page.goto("/en/physio/rules");
  await expect(page.getByRole("main")).toContainText(
    "M. Steunebrink, “Hardlopen na een blessure: zo bouw je verantwoord weer op”, article of January 19, 2026",
  );
});

test("Fleur (hamstring) ziet vandaag haar loopje met versnellingen: hoeveel, hoe snel en wanneer stoppen", async ({
  page,
}) => {
  await signIn(page, "fleur@comeback.demo", { locale: "nl" });
  await page.goto("/nl/today");
  const speed = page.getByTestId("speed-work").first();
  await expect(speed).toContainText("Daarna: snelheid");
  await expect(speed).toContainText(/4 versnellingen van ongeveer 20 seconden, elk soepel opgebouwd tot (80|90) %/);
  await expect(speed).toContainText("Hoe snel:");
  await expect(speed).toContainText("Stop meteen met de versnellingen");
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "today-speed-nl");
  await page.goto("/nl/plan");
  await expect(page.getByTestId("speed-work")).toContainText("Daarna: snelheid");
  await expect(page.getByRole("main")).toContainText(/\+ 4 versnellingen tot (80|90) %/);
  await shootAtWidths(page, "plan-speed-nl");
});

test("de fysio zegt nog niet met een datum en een reden; de loper leest de reden en telt door", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  // A runner whose three pain-free days up to yesterday met the gate to phase 2, which needs approval.
  const { email } = await signUpRunner(page, { locale: "nl", name: "Noor Nogniet" });
  await completeOnboarding(page, "nl");
  const planId = await planIdOf(email);
  const days = await Promise.all([-3, -2, -1, 0, 4].map((shift) => browserDay(page, shift)));
  const [start, second, yesterday, today, recheck] = days as [string, string, string, string, string];
  await sql(
    `update plans set physio_id = (select id from "user" where email = $2),
       intake = intake || jsonb_build_object('startOn', $3::text),
       settings = settings || '{"approvalRequired": {"toPhase2": true, "toPhase3": false, "toPhase4": false}}'::jsonb
     where id = $1`,
    [planId, FEMKE, start],
  );
  for (const c of [start, second, yesterday].map((date) => quietCheckIn(date)))
    await sql(
      `insert into check_ins (plan_id, date, pain_rest, pain_during, pain_after, pain_morning, data) values ($1, $2, 0, 0, 0, 0, $3)`,
      [planId, c.date, c],
    );

  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, FEMKE, { locale: "nl" });
  await physio.goto(`/nl/physio/patients/${planId}`);
  await expect(physio.getByRole("heading", { level: 2, name: "Fase 2 wacht op jou" })).toBeVisible();
  const recheckField = physio.getByLabel("Bij nog niet: opnieuw bekijken op");
  await expect(recheckField).toHaveValue(await browserDay(physio, 3));
  // "Not yet" needs the reason the runner will read: refused, nothing stored.
  await physio.getByRole("button", { name: "Nog niet" }).click();
  await expect(physio.getByText("Schrijf de reden die je patiënt ziet als je voor Nog niet kiest.")).toBeVisible();
  expect(await sql(`select 1 from plan_events where plan_id = $1`, [planId])).toHaveLength(0);
  await physio.getByLabel("Bericht aan je patiënt", { exact: true }).fill("Eerst wil ik je knie nog één keer zien.");
  await recheckField.fill(recheck);
  await physio.setViewportSize({ width: 360, height: 900 });
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "decline-form-nl");
  for (const width of [360, 1280]) {
    await physio.setViewportSize({ width, height: 900 });
    await screenshot(physio.getByRole("region", { name: "Fase 2 wacht op jou" }), `decline-form-nl-${width}.png`);
  }
  await physio.getByRole("button", { name: "Nog niet" }).click();
  await expect(physio.getByRole("heading", { level: 2, name: "Fase 2 wacht op jou" })).toHaveCount(0);
  const [event] = await sql<{ kind: string; payload: { recheckOn: string; note: string } }>(
    `select kind, payload from plan_events where plan_id = $1`,
    [planId],
  );
  expect(event).toMatchObject({
    kind: "decline_transition",
    payload: { recheckOn: recheck, note: "Eerst wil ik je knie nog één keer zien." },
  });

  // The runner reads why and when, and today's pain-free report still counts.
  await page.goto("/nl/today");
  const card = page.getByRole("region", { name: "Je fysio: nog niet naar fase 2" });
  await expect(card).toContainText("“Eerst wil ik je knie nog één keer zien.”");
  await expect(card).toContainText("Je pijnvrije dagen blijven tellen: 3 tot nu toe.");
  await sql(
    `insert into check_ins (plan_id, date, pain_rest, pain_during, pain_after, pain_morning, data) values ($1, $2, 0, 0, 0, 0, $3)`,
    [planId, today, quietCheckIn(today)],
  );
  await page.reload();
  await expect(card).toContainText("Je pijnvrije dagen blijven tellen: 4 tot nu toe.");
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "decline-runner-today-nl");
  await page.goto("/nl/plan");
  await expect(page.getByText("Eerst wil ik je knie nog één keer zien.")).toBeVisible();
});

test("een loper met een peesblessure geeft haar pijn in rust op; die wordt haar eigen startpunt", async ({ page }) => {
  const { email } = await signUpRunner(page, { locale: "nl", name: "Pien Pees" });
  await page.getByRole("radio", { name: "Achillespees", exact: true }).check();
  const restPain = page.getByRole("group", { name: "Pijn in rust de laatste dagen" });
  await expect(restPain).toBeHidden();
  await page.getByRole("radio", { name: /^Pees/ }).check();
  await expect(restPain).toBeVisible();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Kies hoeveel pijn de pees de laatste dagen in rust doet, van 0 tot 3.")).toBeVisible();
  await restPain.getByRole("radio", { name: /^1: nauwelijks/ }).check();
  await page.setViewportSize({ width: 360, height: 900 });
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "onboarding-rest-pain-nl");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByLabel("Datum van je laatste normale loop").fill(await browserDay(page, -28));
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByLabel("Loopjes per week").fill("3");
  await page.getByLabel("Minuten hardlopen per week").fill("150");
  await page.getByLabel("Langste loop, in minuten").fill("60");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Achillespees · Pees · pijn in rust 1 van 10")).toBeVisible();
  await page.getByRole("button", { name: "Maak mijn plan" }).click();
  await expect(page).toHaveURL(/\/nl\/plan$/);
  const [plan] = await sql<{ intake: { restPainBaseline: number }; settings: { tendonBaseline: number } }>(
    `select intake, settings from plans where id = $1`,
    [await planIdOf(email)],
  );
  expect(plan).toMatchObject({ intake: { restPainBaseline: 1 }, settings: { tendonBaseline: 1 } });
});

test("de fysio vult de diagnosedatum van een botstressletsel in; fase 1 telt vanaf die dag", async ({ page }) => {
  await signIn(page, FEMKE, { locale: "nl" });
  // A navicular stress injury (high risk: 42 days) of a runner who stopped 20 days ago and started today.
  const [lastRun, diagnosed, today] = await Promise.all([-20, -12, 0].map((shift) => browserDay(page, shift)));
  const intake = {
    site: "foot",
    tissue: "bone",
    boneSite: "navicular",
    lastRunOn: lastRun,
    runsPerWeek: 3,
    weeklyMinutes: 150,
    longestRunMinutes: 60,
    trainingDays: [2, 4, 6],
    startOn: today,
  };
  const [runner] = await sql<{ id: string }>(
    `insert into "user" (id, name, email, role) values (gen_random_uuid(), 'Bas Bot', $1, 'runner') returning id`,
    [`bas-${Date.now()}@example.test`],
  );
  const [plan] = await sql<{ id: string }>(
    `insert into plans (runner_id, physio_id, intake, settings, status, phase)
     values ($1, (select id from "user" where email = $2), $3, $4, 'active', 1) returning id`,
    [runner!.id, FEMKE, intake, defaultSettings(Intake.parse(intake))],
  );
  await page.goto(`/nl/physio/patients/${plan!.id}`);
  await expect(page.getByText("Dagen in deze fase: 21 van minstens 42")).toBeVisible();
  await page.getByRole("link", { name: "Programma", exact: true }).click();
  const form = page.getByRole("region", { name: "Botstressletsel: datum van de diagnose" });
  await form.getByLabel("Diagnosedatum").fill(diagnosed!);
  await form.getByLabel("Je toelichting voor de patiënt").fill("MRI bevestigd: we tellen vanaf de diagnose.");
  await form.getByRole("button", { name: "Diagnosedatum opslaan" }).click();
  await expect(form.getByText("Diagnosedatum opgeslagen. Het plan is opnieuw berekend.")).toBeVisible();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(form, `bone-diagnosis-nl-${width}.png`);
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Overzicht" }).click();
  await expect(page.getByText("Dagen in deze fase: 13 van minstens 42")).toBeVisible();
});
