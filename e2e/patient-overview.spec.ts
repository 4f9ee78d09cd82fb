// The patient page's overview answers "what needs my decision today" without scrolling on a laptop
// (1280×800): the alerts, the decision waiting for the physio with its buttons, and the gate. The other
// sections are tabs with their own URLs. In Dutch, axe-clean, without sideways scroll at 360 px.
import { mkdirSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn } from "./support/auth";
import { createPatient } from "./support/patients";

const FEMKE = "femke@comeback.demo";
const FOLD = 800;

async function bottomOf(target: Locator): Promise<number> {
  const box = await target.boundingBox();
  expect(box, "on the page").not.toBeNull();
  return box!.y + box!.height;
}

// In view without scrolling: above the fold, and above the menu fixed at the bottom of the screen.
async function expectAboveTheFold(page: Page, targets: Record<string, Locator>) {
  await page.setViewportSize({ width: 1280, height: FOLD });
  await page.evaluate(() => window.scrollTo(0, 0));
  const menu = await page.getByRole("navigation", { name: "Hoofdmenu" }).boundingBox();
  const fold = Math.min(FOLD, menu?.y ?? FOLD);
  for (const [what, target] of Object.entries(targets)) {
    await expect(target, what).toBeVisible();
    expect(await bottomOf(target), `${what} ends within the first ${fold} px`).toBeLessThanOrEqual(fold);
  }
}

// The README's pictures of the page: refreshed only when asked for (E2E_DOC_SCREENSHOTS=1), the first
// screen at each width (device scale 1).
async function docScreenshots(page: Page) {
  if (!process.env.E2E_DOC_SCREENSHOTS) return;
  mkdirSync("docs/screenshots", { recursive: true });
  for (const [name, width, height] of [
    ["desktop", 1280, 800],
    ["tablet", 768, 1024],
    ["phone", 360, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/patient-${name}.png` });
  }
}

test("het overzicht van een patiënt toont alarmsignalen, de beslissing en de drempel boven de vouw", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Three pain-free days with approval required for phase 2: the step waits for Femke.
  const planId = await createPatient("Otto Overzicht", {
    startDaysAgo: 3,
    pain: [0, 0, 0],
    settings: { approvalRequired: { toPhase2: true, toPhase3: false, toPhase4: false } },
  });
  await signIn(page, FEMKE, { locale: "nl" });
  await page.goto(`/nl/physio/patients/${planId}`);
  const decision = page.getByRole("region", { name: "Fase 2 wacht op jou" });
  await expectAboveTheFold(page, {
    alerts: page.getByTestId("patient-alerts"),
    approve: decision.getByRole("button", { name: "Fase 2 goedkeuren" }),
    decline: decision.getByRole("button", { name: "Nog niet" }),
    gate: page.getByTestId("gate-streak"),
  });
  // The gate sits beside the decision on a laptop, not under it.
  const gate = page.getByRole("region", { name: /^Drempel naar fase 2/ });
  expect((await gate.boundingBox())!.x).toBeGreaterThan((await decision.boundingBox())!.x + 500);

  // The tabs: the current one is marked, each leads to its own URL, and the keyboard reaches them.
  const tabs = page.getByRole("navigation", { name: "Onderdelen van de patiëntpagina" });
  await expect(tabs.getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "page");
  for (const [name, path] of [
    ["Programma", "program"],
    ["Check-ins en tests", "check-ins"],
    ["Notities", "notes"],
    ["Instellingen en logboek", "settings"],
  ] as const) {
    await tabs.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/physio/patients/${planId}/${path}$`));
    await expect(tabs.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1, name: "Otto Overzicht" })).toBeVisible();
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `patient-${path}-nl-360.png`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, `patient-${path}-nl-1280.png`);
  }
  await tabs.getByRole("link", { name: "Overzicht" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/nl/physio/patients/${planId}$`));
  await expect(decision).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  for (const width of [360, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `patient-overview-nl-${width}.png`);
  }
  await docScreenshots(page);
});

test("bij een alarmsignaal staan de urgentie, het vrijgeven en de drempel boven de vouw", async ({ page }) => {
  test.setTimeout(90_000);
  // Night pain reported today: the plan pauses until Femke has seen the patient.
  const planId = await createPatient("Nina Nachtpijn", {
    startDaysAgo: 2,
    pain: [0, 0, 0],
    days: [{}, {}, { nightPain: true }],
  });
  await signIn(page, FEMKE, { locale: "nl" });
  await page.goto(`/nl/physio/patients/${planId}`);
  await expectAboveTheFold(page, {
    urgency: page.getByTestId("red-flag-urgency"),
    clear: page.getByRole("button", { name: "Alarmsignaal vrijgeven en hervatten" }),
    gate: page.getByRole("region", { name: /^Drempel naar fase/ }).getByRole("heading", { level: 2 }),
  });
  await expect(page.getByText("Vandaag wacht er niets op jouw beslissing", { exact: false })).toHaveCount(0);
  await screenshot(page, "patient-red-flag-nl-1280.png");
});
