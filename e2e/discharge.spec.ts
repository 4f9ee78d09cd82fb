// A real discharge: the physio closes the plan with a note; the runner's Today, Plan and check-in say it is
// closed (with the note and what now), the calendar feed empties; the patient is in the archive (search) and
// is reopened into a new plan, the closed one kept. In Dutch, axe-clean, at 360 and 1280 px.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { completeOnboarding } from "./support/onboarding";

const FEMKE = "femke@comeback.demo";

test("een fysio sluit de behandeling af; de hardloper ziet dat overal, en de fysio vindt en heropent de patiënt in het archief", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const { email } = await signUpRunner(page, { locale: "nl", name: "Dirk Afsluit" });
  await completeOnboarding(page, "nl");
  const planId = await planIdOf(email);
  await sql(`update plans set physio_id = (select id from "user" where email = $2) where id = $1`, [planId, FEMKE]);
  const feedBefore = await (await page.request.get(`/api/plans/${planId}/calendar`)).text();
  expect(feedBefore).toContain("BEGIN:VEVENT");

  const physio = await (await browser.newContext()).newPage();
  await signIn(physio, FEMKE, { locale: "nl" });
  await physio.goto(`/nl/physio/patients/${planId}/program`);
  const close = physio.getByRole("region", { name: "Behandeling afsluiten" });
  await close.getByLabel("Je toelichting voor de patiënt").fill("Mooi gedaan: blijf rustig doorlopen.");
  await close.getByRole("checkbox", { name: "Ik sluit de behandeling van deze patiënt af" }).check();
  await close.getByRole("button", { name: "Afsluiten" }).click();
  await expect(physio.getByText("Afgesloten", { exact: true })).toBeVisible();
  await expect(physio.getByText("Actief", { exact: true })).toHaveCount(0);

  // The runner: closed everywhere, with the physio's words and what now; no check-in, no coming sessions.
  for (const path of ["/nl/today", "/nl/plan", "/nl/check-in"]) {
    await page.goto(path);
    const card = page.getByTestId("discharged");
    await expect(card.getByRole("heading", { name: "Je behandeling is afgesloten" })).toBeVisible();
    await expect(card.getByText("“Mooi gedaan: blijf rustig doorlopen.”")).toBeVisible();
    await expect(card.getByText(/^Neem weer contact op met je fysio/)).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Check-in opslaan" })).toHaveCount(0);
  await page.goto("/nl/today");
  await expect(page.getByRole("link", { name: /Check in voor vandaag|Inchecken/ })).toHaveCount(0);
  // The menu drops the check-in too, and keeps the rest.
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link", { name: "Vandaag" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Check-in" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "runner-today-discharged");
  const feedAfter = await (await page.request.get(`/api/plans/${planId}/calendar`)).text();
  expect(feedAfter).toContain("BEGIN:VCALENDAR");
  expect(feedAfter).not.toContain("BEGIN:VEVENT");

  // The archive: found by name, opened, reopened into a new plan; the closed one stays and is linked.
  await physio.goto("/nl/physio");
  await physio.getByRole("link", { name: "Archief: afgesloten behandelingen" }).click();
  await expect(physio).toHaveURL(/\/nl\/physio\/archive$/);
  await physio.getByLabel("Zoek in het archief op naam").fill("dirk afs");
  await physio.getByRole("button", { name: "Zoeken" }).click();
  await expect(physio).toHaveURL(/\/nl\/physio\/archive\?q=dirk/);
  await expect(physio.getByText(/^Afgesloten op .* in fase 1$/)).toBeVisible();
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-archive");
  await physio.getByRole("link", { name: "Dirk Afsluit" }).click();
  const reopen = physio.getByRole("region", { name: "Heropenen als nieuw plan" });
  await reopen.getByRole("button", { name: "Heropenen als nieuw plan" }).click();
  await expect(physio).not.toHaveURL(new RegExp(planId));
  await expect(physio.getByRole("heading", { level: 1, name: "Dirk Afsluit" })).toBeVisible();
  await expect(physio.getByRole("navigation", { name: "Andere plannen van deze patiënt" })).toContainText(
    "afgesloten op",
  );
  const plans = await sql<{ id: string; discharged_on: string | null }>(
    `select p.id, p.discharged_on from plans p join "user" u on u.id = p.runner_id where u.email = $1 order by p.created_at`,
    [email],
  );
  expect(plans).toHaveLength(2);
  expect(plans[0]).toMatchObject({ id: planId });
  expect(plans[0]!.discharged_on).not.toBeNull();
  expect(plans[1]!.discharged_on).toBeNull();

  // The runner follows the new plan: check-ins are open again.
  await page.goto("/nl/today");
  await expect(page.getByTestId("discharged")).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Check-in" }),
  ).toBeVisible();

  // The file report of the closed plan carries the discharge summary.
  await physio.goto(`/nl/physio/patients/${planId}/print`);
  const summary = physio.locator("section", {
    has: physio.getByRole("heading", { name: "Samenvatting bij afsluiten" }),
  });
  await expect(summary.getByText("Mooi gedaan: blijf rustig doorlopen.")).toBeVisible();
});
