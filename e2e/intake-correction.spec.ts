// The physio corrects the injury the runner entered (site and last run): the whole plan is replayed
// as if it had been right from the start. The patient page shows the new site and projection; the
// runner's Plan shows the same date and what changed. In Dutch, looked at on a phone and a desktop.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const FEMKE = "femke@comeback.demo";

// The projected date as the page writes it, without the "schatting"/"Rond" around it.
const dateIn = async (text: Promise<string | null>) => ((await text) ?? "").replace(/schatting|Rond/g, "").trim();

test("een fysio corrigeert de plek en de laatste loop; het plan wordt opnieuw berekend, ook voor de loper", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const runner = await (await browser.newContext()).newPage();
  const { email } = await signUpRunner(runner, { locale: "nl", name: "Intake Loper" });
  await completeOnboarding(runner, "nl", { site: "knee", lastRunDaysAgo: 21 });
  const planId = await planIdOf(email);
  await sql(`update plans set physio_id = (select id from "user" where email = $2) where id = $1`, [planId, FEMKE]);

  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, FEMKE, { locale: "nl" });
  await physio.goto(`/nl/physio/patients/${planId}`);
  await expect(physio.getByText("Knie · Weet ik niet")).toBeVisible();
  // First: another section on the page is labelled by the same heading id.
  const projection = physio.getByRole("region", { name: "Terug op het oude niveau" }).first();
  const before = await dateIn(projection.locator("p").first().textContent());
  // Weeks off up to the estimated start of running again (the rule of thumb: two weeks back for each).
  const weeksOff = async () =>
    Number(/^(\d+) weken niet gelopen →/.exec((await projection.getByText(/niet gelopen →/).textContent()) ?? "")?.[1]);
  const weeksBefore = await weeksOff();
  expect(weeksBefore).toBeGreaterThan(0);

  // The intake form is in the program section, with the clinical controls.
  await physio.goto(`/nl/physio/patients/${planId}/program`);
  const intake = physio.getByRole("region", { name: "Intake corrigeren" });
  // The physio's form speaks to the physio.
  const site = intake.getByLabel("Waar heeft de patiënt pijn?");
  const lastRun = intake.getByLabel("Laatste normale loop");
  const note = intake.getByLabel("Je toelichting voor de patiënt");
  await expect(site).toHaveValue("knee");
  await expect(lastRun).toHaveValue(await browserDay(physio, -21));

  // A bone site while the tissue is not bone is refused with a clear message; what she typed stays.
  const eighteenWeeksAgo = await browserDay(physio, -126);
  await site.selectOption({ label: "Scheenbeen" });
  await lastRun.fill(eighteenWeeksAgo);
  await intake.getByLabel("Locatie van het botstressletsel").selectOption({ label: "Tibia, posteromediaal" });
  await note.fill("Bij onderzoek: pijn aan het scheenbeen, laatste normale loop ruim vier maanden terug.");
  await intake.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(intake.getByText(/Een locatie op het bot hoort alleen bij een botstressletsel/)).toBeVisible();
  await expect(intake.getByLabel("Locatie van het botstressletsel")).toHaveAttribute("aria-invalid", "true");
  await expect(site).toHaveValue("shin");
  await expect(lastRun).toHaveValue(eighteenWeeksAgo);
  await expect(note).toHaveValue(/Bij onderzoek/);
  const [{ count }] = (await sql<{ count: string }>(
    `select count(*) from plan_events where plan_id = $1 and kind = 'intake_correction'`,
    [planId],
  )) as [{ count: string }];
  expect(count).toBe("0");

  await intake.getByLabel("Locatie van het botstressletsel").selectOption({ label: "Onbekend (hoog risico)" });
  await intake.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(intake.getByText("Intake gecorrigeerd. Het plan is opnieuw berekend.")).toBeVisible();
  await expect(physio.getByText("Scheenbeen · Weet ik niet")).toBeVisible();
  await expect(intake.getByLabel("Waar heeft de patiënt pijn?")).toHaveValue("shin");
  await expectNoSeriousA11yViolations(physio);
  await expectNoHorizontalScroll(physio);
  await intake.scrollIntoViewIfNeeded();
  await shootAtWidths(physio, "fysio-intake-correctie");
  // The overview's projection: the last run moved 15 weeks back (21 → 126 days): 15 more weeks off, a later return.
  await physio.goto(`/nl/physio/patients/${planId}`);
  await expect.poll(weeksOff).toBe(weeksBefore + 15);
  const after = await dateIn(projection.locator("p").first().textContent());
  expect(after).not.toBe(before);
  // The change is listed with what the physio changed, in the settings section.
  await physio.goto(`/nl/physio/patients/${planId}/settings`);
  await expect(physio.getByText("Plek van de blessure: Scheenbeen")).toBeVisible();

  await runner.goto("/nl/plan");
  const runnerProjection = runner.getByRole("region", { name: "Terug op je oude niveau" }).first();
  await expect(runnerProjection.locator("p").first()).toContainText(after);
  await expect(runner.getByText("Plek van de blessure: Scheenbeen")).toBeVisible();
  await expect(runner.getByText(/Laatste normale loop: /)).toBeVisible();
  await expect(runner.getByText("“Bij onderzoek: pijn aan het scheenbeen", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "loper-plan-intake-correctie");
});
