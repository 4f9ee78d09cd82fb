// Phase 4 approved on evidence: the runner enters what the running tests measured (nothing filled in for
// them), the physio sees each result against its criterion with left vs right and the limb symmetry index,
// records a test measured in the practice, and approves phase 4. In Dutch, axe-clean, at 360 and 1280 px.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { answerSessions, answerWarningSigns } from "./support/check-in";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

const FEMKE = "femke@comeback.demo";
const PAINS = ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"];

// A runner linked to Femke, in phase 3 since today, whose gate to phase 4 needs one pain-free day, the running
// tests and Femke's approval.
async function runnerInPhase3(page: Page) {
  const { email } = await signUpRunner(page, { locale: "nl", name: "Carla Test" });
  await completeOnboarding(page, "nl");
  const planId = await planIdOf(email);
  const today = await browserDay(page, 0);
  await sql(
    `update plans set physio_id = (select id from "user" where email = $2),
       settings = jsonb_set(jsonb_set(jsonb_set(settings, '{approvalRequired,toPhase4}', 'true'),
         '{painFreeDays,toPhase4}', '1'), '{minPhaseDays,phase3}', '1')
     where id = $1`,
    [planId, FEMKE],
  );
  await sql(`insert into plan_events (plan_id, date, kind, payload) values ($1, $2, 'override', $3)`, [
    planId,
    today,
    { by: "physio", phase: 3 },
  ]);
  return { planId };
}

async function answerPainFree(page: Page) {
  await answerSessions(page, "nl", "all");
  await answerWarningSigns(page, "nl");
  for (const legend of PAINS) {
    const scale = page.getByRole("group", { name: legend });
    if (await scale.isVisible()) await scale.getByText("0", { exact: true }).click();
  }
  const rpe = page.getByRole("group", { name: /Hoe zwaar was het/ });
  if (await rpe.isVisible()) await rpe.getByText("3", { exact: true }).click();
}

test("een hardloper vult de looptests zelf in; de fysio ziet links, rechts en de LSI, meet zelf en keurt fase 4 goed", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const { planId } = await runnerInPhase3(page);

  await page.goto("/nl/check-in");
  const tests = page.getByRole("group", { name: "Looptests" });
  await tests.getByRole("checkbox", { name: "Kuitheffen op één been" }).check();
  // Nothing is filled in for the runner: the boxes are empty until they type what they measured.
  await expect(tests.getByLabel("Links")).toHaveValue("");
  await expect(tests.getByLabel("Rechts")).toHaveValue("");
  await expect(tests.getByLabel("Pijn (0–10)")).toHaveValue("");
  await answerPainFree(page);
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Vul in" })).toHaveText(
    "Vul in wat je mat bij: Kuitheffen op één been.",
  );
  await expect(tests.getByLabel("Rechts")).toHaveAttribute("aria-invalid", "true");
  expect(await sql(`select 1 from check_ins where plan_id = $1`, [planId])).toHaveLength(0);

  await tests.getByLabel("Links").fill("20");
  await tests.getByLabel("Rechts").fill("24");
  await tests.getByLabel("Pijn (0–10)").selectOption("0");
  await tests.getByRole("checkbox", { name: "Stevig wandelen, 30 minuten" }).check();
  await page.locator("#readiness-walk-minutes").fill("30");
  await page.locator("#readiness-walk-pain").selectOption("0");
  await tests.getByRole("checkbox", { name: "Squats op één been" }).check();
  await page.locator("#readiness-singleLegSquat-left").fill("10");
  await page.locator("#readiness-singleLegSquat-right").fill("11");
  await page.locator("#readiness-singleLegSquat-pain").selectOption("1");
  await tests.getByRole("checkbox", { name: "Huppen op de plaats" }).check();
  await page.locator("#readiness-hop-seconds").fill("30");
  await page.locator("#readiness-hop-pain").selectOption("0");
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "runner-readiness-tests");
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  await expect(page.getByText("Check-in opgeslagen")).toBeVisible();
  const [stored] = await sql<{ data: { readiness: unknown } }>(`select data from check_ins where plan_id = $1`, [
    planId,
  ]);
  expect(stored!.data.readiness).toEqual({
    calfRaise: { left: 20, right: 24, pain: 0 },
    walk: { minutes: 30, pain: 0 },
    singleLegSquat: { left: 10, right: 11, pain: 1 },
    hop: { seconds: 30, pain: 0 },
  });

  // The physio sees what was measured: pain 1 is above this plan's limit of 0, so the squats are not met
  // and the gate is not reached yet.
  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, FEMKE, { locale: "nl" });
  await physio.goto(`/nl/physio/patients/${planId}`);
  const readiness = physio.getByRole("region", { name: "Looptests" });
  const calf = readiness.getByTestId("readiness-calfRaise");
  await expect(calf.getByText("Doel: 20 per kant, pijn ≤ 0/10")).toBeVisible();
  await expect(calf.getByText("Links 20 · rechts 24 · LSI 83 %: onder 90 % · pijn 0/10")).toBeVisible();
  await expect(calf.getByText("ingevuld door je patiënt")).toBeVisible();
  await expect(calf.getByText("Gehaald: telt voor de drempel")).toBeVisible();
  const squat = readiness.getByTestId("readiness-singleLegSquat");
  await expect(squat.getByText("Links 10 · rechts 11 · LSI 91 % · pijn 1/10")).toBeVisible();
  await expect(squat.getByText("Niet gehaald", { exact: true })).toBeVisible();
  await expect(physio.getByRole("region", { name: "Fase 4 wacht op jou" })).toHaveCount(0);
  await physio.getByRole("link", { name: "Check-ins en tests" }).click();
  await expect(
    physio
      .getByRole("table", { name: /^Check-ins, nieuwste eerst/ })
      .getByText("Kuitheffen op één been: Links 20 · rechts 24 · LSI 83 %: onder 90 % · pijn 0/10"),
  ).toBeVisible();
  await physio.getByRole("link", { name: "Overzicht" }).click();

  // Measured again in the practice, pain-free: it counts, the gate is reached and waits for the approval,
  // whose panel shows the practice's result (marked as such) with the runner's attempt as the trend.
  await readiness.getByText("Tests uit de praktijk invoeren").click();
  const squatBoxes = readiness.getByRole("group", { name: "Squats op één been" });
  await squatBoxes.getByLabel("Links (herhalingen)").fill("12");
  await squatBoxes.getByLabel("Rechts (herhalingen)").fill("12");
  await squatBoxes.getByLabel("Pijn (0–10)").selectOption("0");
  await readiness.getByRole("button", { name: "Testuitslagen opslaan" }).click();
  const decision = physio.getByRole("region", { name: "Fase 4 wacht op jou" });
  await expect(decision).toBeVisible();
  const checked = decision.getByTestId("readiness-singleLegSquat");
  await expect(checked.getByText("gemeten in de praktijk")).toBeVisible();
  await expect(checked.getByText("Links 12 · rechts 12 · LSI 100 % · pijn 0/10")).toBeVisible();
  await expect(checked.getByText("Eerdere pogingen")).toBeVisible();
  await expect(checked.getByText("Gehaald: telt voor de drempel")).toBeVisible();
  await expect(decision.getByTestId("readiness-calfRaise").getByText(/LSI 83 %: onder 90 %/)).toBeVisible();
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-readiness-approval");

  await physio.setViewportSize({ width: 1280, height: 900 });
  await decision.getByRole("button", { name: "Fase 4 goedkeuren" }).click();
  await expect(physio.getByRole("region", { name: "Fase 4 wacht op jou" })).toHaveCount(0);
  await expect
    .poll(async () => (await sql<{ phase: number }>(`select phase from plans where id = $1`, [planId]))[0]?.phase)
    .toBe(4);
  const [audit] = await sql<{ action: string }>(
    `select action from audit_log where plan_id = $1 and action = 'plan.clinic_tests'`,
    [planId],
  );
  expect(audit?.action).toBe("plan.clinic_tests");
});
