import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot, shootAtWidths } from "./support/a11y";
import { signIn } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { createPatient } from "./support/patients";

const FEMKE = "femke@comeback.demo";

test("the physio sees her patients with the red flag first, sorts and filters", async ({ page }) => {
  await signIn(page, FEMKE);
  await page.goto("/en/physio");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("heading", { level: 1, name: "Your patients" })).toBeVisible();
  const table = page.getByRole("table");
  const firstRow = table.getByRole("row").nth(1);
  // Red flags first (by urgency: other journeys may add a same-day flag above Daan's).
  await expect(firstRow).toContainText("Red flag");
  await expect(table.getByRole("row").filter({ hasText: "Daan Smit" })).toContainText("Red flag");
  await expect(page.getByText("Updated just now")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await table.getByRole("button", { name: "Patient" }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(table.getByRole("columnheader", { name: "Patient" })).toHaveAttribute("aria-sort", "ascending");
  await expect(firstRow.getByRole("rowheader")).toContainText("Anna Jansen");
  await table.getByRole("button", { name: "Patient" }).click();
  await expect(table.getByRole("columnheader", { name: "Patient" })).toHaveAttribute("aria-sort", "descending");

  await page.getByLabel("Search by name").fill("car");
  await expect(page.getByText("Showing 1 of")).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText([/Carmen Bakker/]);
  await page.reload();
  await expect(page.getByLabel("Search by name")).toHaveValue("car");
  await expect(table.getByRole("rowheader")).toHaveText([/Carmen Bakker/]);
  await page.getByLabel("Search by name").fill("");
  await page.getByLabel("Only patients with alerts").check();
  await expect(table.getByRole("rowheader").filter({ hasText: "Daan Smit" })).toBeVisible();
  await expect(table.getByRole("rowheader").filter({ hasText: "Anna Jansen" })).toHaveCount(0);
  await page.getByLabel("Only patients with alerts").uncheck();
  await page.getByLabel("Phase").selectOption("4");
  // Other specs link runners to Femke too: every row shown is in phase 4, and Anna is one of them.
  await expect(table.getByRole("rowheader").filter({ hasText: "Anna Jansen" })).toHaveCount(1);
  for (const row of await table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") })
    .all())
    await expect(row).toContainText("Phase 4");
  await expect(table.getByRole("row").nth(1)).toContainText(/Phase 4 · level \d+\/\d+/);
  await page.goto("/en/physio");
  await shootAtWidths(page, "dashboard-en");
});

test("on a phone the Dutch dashboard shows her patients as cards (table rows), red flag first, sortable", async ({
  page,
}) => {
  await signIn(page, FEMKE);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/nl/physio");
  await expect(page.getByRole("heading", { level: 1, name: "Je patiënten" })).toBeVisible();
  // One table for every width: on a phone its rows are the cards, each named by its row header.
  const cards = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") });
  await expect(page.getByRole("columnheader")).toHaveCount(0);
  await expect(cards.first()).toContainText("Alarmsignaal");
  await expect(cards.filter({ hasText: "Daan Smit" })).toContainText("Alarmsignaal");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Sorteer op").selectOption("name");
  await expect(cards.first()).toContainText("Anna Jansen");
  await shootAtWidths(page, "dashboard-nl");
});

test("the physio tunes the tolerance and sees the gate change; a bone injury stays at 0", async ({
  page,
}, testInfo) => {
  // Pain-free two days ago and yesterday, pain 2 during today's session: no pain-free days in a row yet.
  const planId = await createPatient("Tara Tolerance", { startDaysAgo: 2, pain: [0, 0, 2] });
  await signIn(page, FEMKE);
  await page.goto("/en/physio");
  await page.getByLabel("Search by name").fill("Tara");
  await page.getByRole("link", { name: "Tara Tolerance" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/en/physio/patients/${planId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Tara Tolerance" })).toBeVisible();
  await expect(page.getByTestId("gate-streak")).toHaveText("0 of 3 pain-free days");

  await page.goto(`/en/physio/patients/${planId}/settings`);
  await page.getByLabel("Pain tolerance (0–5)").selectOption("2");
  await page.getByRole("group", { name: "Pain-free days in a row to open a phase" }).getByLabel("To phase 2").fill("5");
  await page.getByLabel("Note for your patient (optional)").fill("A little pain is fine now.");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByText("Pain tolerance: 0 → 2")).toBeVisible();
  await expect(page.getByText("Pain-free days to phase 2: 3 → 5")).toBeVisible();
  await expect(page.getByText("changed the plan settings").first()).toBeVisible();

  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing changed" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "patient-settings-en");
  // Today's pain-2 report now counts: three pain-free days of the five asked (the overview's gate).
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("gate-streak")).toHaveText("3 of 5 pain-free days");
  await shootAtWidths(page, "patient-en");

  await page.goto(`/en/physio/patients/${await planIdOf("bram@comeback.demo")}/settings`);
  await expect(page.getByText("Locked at 0: a bone stress injury accepts no pain")).toBeVisible();
  await expect(page.getByLabel("Pain tolerance (0–5)")).toBeDisabled();

  await page.goto(`/en/physio/patients/${planId}/print`);
  await expect(page.getByRole("heading", { level: 1, name: "Comeback plan: Tara Tolerance" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.pdf({ path: testInfo.outputPath("print.pdf"), format: "A4" }).catch(() => undefined);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 800, height: 1100 });
  await screenshot(page, "print-800.png");
});

test("the physio approves a transition that waits for her", async ({ page }) => {
  // Three pain-free days up to yesterday with approval required for phase 2: waiting since yesterday.
  const planId = await createPatient("Abel Approval", {
    startDaysAgo: 3,
    pain: [0, 0, 0],
    settings: { approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false } },
  });
  await signIn(page, FEMKE);
  await page.goto("/en/physio?q=Abel");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Approve phase 2?");
  await page.getByRole("table").getByRole("link", { name: "Abel Approval" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Phase 2 is waiting for you" })).toBeVisible();
  await page.getByLabel("Message to your patient", { exact: true }).fill("Well done: on to mobility.");
  await page.getByRole("button", { name: "Approve phase 2" }).click();
  await expect(page.getByText("Phase 2 of 4 · Mobility")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Phase 2 is waiting for you" })).toHaveCount(0);
  await page.getByRole("link", { name: "Settings and log" }).click();
  await expect(page.getByText("Phase 2 approved")).toBeVisible();
  await expect(page.getByText("approved the next phase")).toBeVisible();
  expect(
    (await sql<{ kind: string }>(`select kind from plan_events where plan_id = $1`, [planId])).map((e) => e.kind),
  ).toEqual(["approve_transition"]);
  await page.goto("/en/physio?q=Abel");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Phase 2");
  await expect(page.getByRole("table").getByRole("row").nth(1)).not.toContainText("Approve phase 2?");
});

test("the physio clears Daan's red flag and Daan sees it on his plan; a runner gets no physio pages", async ({
  page,
  browser,
}) => {
  // Two people, two languages and a long patient page: more than the default 45 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  const daanPlan = await planIdOf("daan@comeback.demo");
  await signIn(page, FEMKE, { locale: "nl" });
  await page.goto(`/nl/physio/patients/${daanPlan}`);
  await expect(page.getByRole("heading", { level: 2, name: "Plan gepauzeerd door een alarmsignaal" })).toBeVisible();
  await page.getByRole("button", { name: "Alarmsignaal vrijgeven en hervatten" }).click();
  const finding = page.getByLabel("Klinische bevinding (verplicht, alleen voor je dossier)");
  await expect(finding).toBeFocused();
  // Two texts: the clinical finding stays in Femke's file; only the message reaches Daan.
  await finding.fill("SLR 80° bdz, geen drukpijn op het bot");
  await page
    .getByLabel("Bericht aan je patiënt (optioneel)")
    .fill("Gezien op de praktijk: geen fractuur, rustig hervatten.");
  await page.getByRole("button", { name: "Alarmsignaal vrijgeven en hervatten" }).click();
  await expect(page.getByText("Actief", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Instellingen en logboek" }).click();
  await expect(page.getByText("Alarmsignaal vrijgegeven: plan hervat")).toBeVisible();
  await page.getByRole("link", { name: "Notities" }).click();
  const notes = page.getByRole("region", { name: "Notities" });
  await expect(notes.getByText("SLR 80° bdz, geen drukpijn op het bot")).toBeVisible();
  await expect(notes.getByText("Voor mijn dossier").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, "patient-nl-360.png");

  const runner = await (await browser.newContext()).newPage();
  await signIn(runner, "daan@comeback.demo", { locale: "nl" });
  await runner.goto("/nl/plan");
  await expect(runner.getByRole("heading", { level: 2, name: "Wat je fysio aanpaste" })).toBeVisible();
  await expect(runner.getByText("Alarmsignaal vrijgegeven: plan hervat")).toBeVisible();
  await expect(runner.getByText("Gezien op de praktijk: geen fractuur, rustig hervatten.")).toBeVisible();
  await expect(runner.getByText(/SLR 80°/)).toHaveCount(0);
  await expect(runner.getByText("Femke de Vries")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await runner.setViewportSize({ width: 360, height: 800 });
  await screenshot(runner, "runner-plan-changes-nl-360.png");
  await runner.goto("/en/plan");
  await expect(runner.getByRole("heading", { level: 2, name: "What your physio changed" })).toBeVisible();

  await runner.goto(`/en/physio/patients/${daanPlan}`);
  await expect(runner.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await runner.goto("/en/physio");
  await expect(runner).toHaveURL(/\/en\/today$/);
  const api = await runner.request.get("/api/physio/patients");
  expect(api.status()).toBe(403);
});
