// The physio's working day on paper: a swapped exercise starts from its own dose, a weight in kg and
// "times a day" reach the handout, and the handout (pictures, contact, runs) and the file report fit
// A4: rendered to PDF in Chromium, read back in Chromium's own PDF viewer, nothing wider than the page.
import fs from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { getExercise, slotDose } from "@/lib/engine";
import { DEMO_PHYSIO } from "@/lib/scripts/demo-data";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, screenshot, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

// The A4 content width: 210 mm less two 15 mm margins (components/physio/patient/print-css.ts), in CSS px,
// less 3 %: printed text is set with slightly wider glyphs than on screen, so a page that only just
// fits on screen can still be cut on paper.
const A4_CONTENT_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96 * 0.97);

// A Dutch runner in phase 4, linked to Femke, training every day but tomorrow; Femke's page on the patient.
async function phase4Patient(browser: Browser, name: string) {
  const runner = await (await browser.newContext()).newPage();
  const { email } = await signUpRunner(runner, { locale: "nl", name });
  await completeOnboarding(runner, "nl", { site: "calf" });
  const today = await browserDay(runner, 0);
  const weekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== (weekday % 7) + 1);
  const planId = await planIdOf(email);
  await sql(
    `update plans set physio_id = (select id from "user" where email = $2), intake = intake || jsonb_build_object('trainingDays', $3::jsonb) where id = $1`,
    [planId, DEMO_PHYSIO.email, JSON.stringify(days)],
  );
  await sql(`insert into plan_events (plan_id, date, kind, payload) values ($1, $2, 'override', $3)`, [
    planId,
    today,
    JSON.stringify({ by: "physio", phase: 4, note: "Klaar om te lopen" }),
  ]);
  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, DEMO_PHYSIO.email, { locale: "nl" });
  await physio.goto(`/nl/physio/patients/${planId}/program`);
  return { physio, planId };
}

// Chromium lays a printed page out again at the paper's width without running the page's scripts, so
// charts keep their screen width. Stopping every ResizeObserver before narrowing does the same here.
async function freezeResizeObservers(page: Page) {
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    const all: ResizeObserver[] = [];
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        all.push(this);
      }
    };
    (window as unknown as { freezeLayout: () => void }).freezeLayout = () => all.forEach((o) => o.disconnect());
  });
}

// In print media at the A4 content width, no visible element reaches past the right edge of the paper,
// and nothing is hidden in a box that scrolls sideways.
async function expectFitsA4(page: Page) {
  await page.evaluate(() => (window as unknown as { freezeLayout?: () => void }).freezeLayout?.());
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: A4_CONTENT_PX, height: 1123 });
  const wide = await page.evaluate((limit) => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest(".sr-only")) continue;
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`;
      if (box.right > limit + 1) out.push(`${name} → ${box.right}`);
      // A box that scrolls or clips sideways hides what is past its edge on paper.
      if (getComputedStyle(el).overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name} clips ${el.scrollWidth}`);
    }
    return { out: out.slice(0, 5), scroll: document.documentElement.scrollWidth };
  }, A4_CONTENT_PX);
  expect(wide.out).toEqual([]);
  expect(wide.scroll).toBeLessThanOrEqual(A4_CONTENT_PX);
}

// The PDF as Chromium prints it, and each page as a PNG read back in Chromium's PDF viewer.
async function renderPdf(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const file = test.info().outputPath(`${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  if (process.env.E2E_SCREENSHOTS) {
    // Each page as Chromium's own PDF viewer draws it, in a tab of its own (the viewer ignores a
    // change of the #page fragment alone, and draws a first tab late).
    for (let n = 1; n <= pages; n++) {
      const viewer = await page.context().newPage();
      await viewer.setViewportSize({ width: 794, height: 1123 });
      await viewer.goto(`file://${file}#page=${n}&toolbar=0&view=Fit`);
      await viewer.waitForTimeout(4000);
      await screenshot(viewer, `${name}-page-${n}.png`);
      await viewer.close();
    }
  }
  return pages;
}

test("een fysio wisselt een oefening: de dosering wordt die van de nieuwe oefening; kg en keer per dag komen op het oefenblad", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { physio, planId } = await phase4Patient(browser, "Oefenblad Loper");
  const program = physio.getByRole("region", { name: "Oefenprogramma" });
  await program.getByLabel("Sessie").selectOption({ label: "Kracht · fase 4" });
  const first = program.getByRole("listitem").first();
  const old = await first.getByLabel("Wisselen voor").inputValue();
  const squat = slotDose(getExercise("squat")!, "heavy");
  const previous = slotDose(getExercise(old)!, "heavy");
  expect(previous).not.toEqual(squat); // the test can only see a reset if the doses differ

  await first.getByLabel("Wisselen voor").selectOption("squat");
  await expect(first.getByLabel("Sets")).toHaveValue(String(squat.sets ?? ""));
  await expect(first.getByLabel("Herhalingen")).toHaveValue(String(squat.reps ?? ""));
  await expect(first.getByLabel("Vasthouden (s)")).toHaveValue(String(squat.holdSeconds ?? ""));
  await expect(first.getByLabel("Tempo")).toHaveValue(squat.tempo ?? "");
  await expect(first.getByLabel("Belasting")).toHaveValue(squat.load);

  // A weight off the half-kilo step is refused: the message names the exercise and the field, nothing is stored.
  await first.getByLabel("Belasting").selectOption("weight_kg");
  await first.getByLabel("Gewicht (kg)").fill("12.3");
  await first.getByLabel("Keer per dag").fill("2");
  await program.getByRole("button", { name: "Programma opslaan" }).click();
  await expect(
    program.getByText(
      `${getExercise("squat")!.name.nl} (oefening 1): het gewicht moet tussen 0 en 200 kg liggen, in stappen van 0,5 kg.`,
    ),
  ).toBeVisible();
  await expect(first.getByLabel("Gewicht (kg)")).toHaveValue("12.3");
  expect(await sql(`select 1 from plan_events where plan_id = $1 and kind = 'program_change'`, [planId])).toEqual([]);

  const save = program.getByRole("button", { name: "Programma opslaan" });
  await expect(save).toBeEnabled();
  await first.getByLabel("Gewicht (kg)").fill("12.5");
  await expect(first.getByLabel("Gewicht (kg)")).toHaveValue("12.5");
  await save.click();
  await expect
    .poll(
      async () =>
        (await sql(`select 1 from plan_events where plan_id = $1 and kind = 'program_change'`, [planId])).length,
    )
    .toBe(1);
  // Stored; the answer carries the whole re-rendered patient page, slow on a loaded 2-core machine.
  await expect(program.getByText("Programma opgeslagen.", { exact: false })).toBeVisible({ timeout: 30_000 });
  const [event] = await sql<{ payload: { items: { exerciseId: string; dose: Record<string, unknown> }[] } }>(
    `select payload from plan_events where plan_id = $1 and kind = 'program_change'`,
    [planId],
  );
  expect(event!.payload.items[0]).toEqual({
    exerciseId: "squat",
    dose: { ...squat, load: "weight_kg", loadAmount: 12.5, timesPerDay: 2 },
  });
  await shootAtWidths(physio, "handout-program-editor");
  for (const width of [360, 1280]) {
    await physio.setViewportSize({ width, height: 900 });
    await screenshot(first, `program-first-exercise-${width}.png`);
  }

  // The handout: Femke's contact, every exercise with its picture, the runs of the next two weeks.
  await physio.goto(`/nl/physio/patients/${planId}/handout`);
  const contact = physio.getByTestId("handout-contact");
  await expect(contact).toContainText(DEMO_PHYSIO.name);
  await expect(contact).toContainText(DEMO_PHYSIO.practice);
  await expect(contact.getByRole("link", { name: DEMO_PHYSIO.email })).toBeVisible();
  const exercises = physio.locator("ol > li");
  const count = await exercises.count();
  expect(count).toBe(event!.payload.items.length);
  await expect(physio.locator("figure[data-exercise]")).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(exercises.nth(i).locator("figure svg").first()).toBeVisible();
  await expect(exercises.first()).toContainText("met 12,5 kg");
  await expect(exercises.first()).toContainText("2 keer per dag");
  await expect(physio.getByRole("heading", { name: "Hardlopen de komende twee weken" })).toBeVisible();
  expect(await physio.getByTestId("handout-runs").locator("li").count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "handout", 1400);

  expect(await renderPdf(physio, "handout")).toBeGreaterThan(0);
  await expectFitsA4(physio);
  await screenshot(physio, "handout-a4-print.png");

  await physio.emulateMedia({ media: "screen" });
  await physio.goto(`/en/physio/patients/${planId}/handout`);
  await expect(physio.getByTestId("handout-contact")).toContainText("Your physio");
  await expect(exercises.first()).toContainText("twice a day");
  await expect(exercises.first()).toContainText("with 12.5 kg");
  await shootAtWidths(physio, "handout-en", 1400);
});

test("het dossier past op A4: de grafieken lopen niet meer van de pagina", async ({ page: physio }) => {
  test.setTimeout(180_000);
  // Femke's demo patient with the most check-ins: charts full of data.
  const [demo] = await sql<{ id: string }>(
    `select p.id from plans p join "user" u on u.id = p.physio_id where u.email = $1
     order by (select count(*) from check_ins c where c.plan_id = p.id) desc limit 1`,
    [DEMO_PHYSIO.email],
  );
  const planId = demo!.id;
  await signIn(physio, DEMO_PHYSIO.email, { locale: "nl" });
  await freezeResizeObservers(physio);
  // Charts are drawn at a desktop's width first, as when a physio prints from their desk.
  await physio.setViewportSize({ width: 1280, height: 900 });
  await physio.goto(`/nl/physio/patients/${planId}/print`);
  await expect(physio.locator("svg.recharts-surface").first()).toBeVisible();
  expect(await renderPdf(physio, "print")).toBeGreaterThan(0);
  await expectFitsA4(physio);
  await screenshot(physio, "print-a4-print.png");
});
