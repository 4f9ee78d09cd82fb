// Red flags triaged by urgency (the engine's rules table): a suspected DVT is "see today", sorts before night
// pain on the dashboard, is red and says why, and its email subject says so without any health data. In Dutch.
import { expect, type Browser } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { waitForMail } from "./support/mail";
import { answerCheckIn } from "./support/check-in";
import { completeOnboarding } from "./support/onboarding";

const FEMKE = "femke@comeback.demo";

// A Dutch runner linked to Femke who checks in today with one warning sign ticked.
async function runnerWithFlag(browser: Browser, name: string, flag: string) {
  const page = await (await browser.newContext()).newPage();
  const { email } = await signUpRunner(page, { locale: "nl", name });
  await completeOnboarding(page, "nl");
  const planId = await planIdOf(email);
  await sql(`update plans set physio_id = (select id from "user" where email = $2) where id = $1`, [planId, FEMKE]);
  await page.goto("/nl/check-in");
  await answerCheckIn(page, "nl", { signs: [flag] });
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  await expect(page.getByText("Check-in opgeslagen")).toBeVisible();
  return planId;
}

test("een vermoeden van trombose staat bovenaan, rood, met de reden en 'vandaag nog' in het onderwerp van de mail", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  // Aad comes first by name; only the triage can put Zoë above him.
  await runnerWithFlag(browser, "Aad Avond", "Pijn 's nachts of pijn waar ik wakker van word");
  const zoe = await runnerWithFlag(browser, "Zoë Spoed", "Mijn kuit is warm, dik en pijnlijk bij aanraken");

  // Other journeys may have mailed Femke a same-day alert before: wait for the one about Zoë.
  const mail = await waitForMail(
    FEMKE,
    /^Vandaag nog: een patiënt heeft je aandacht nodig$/,
    60_000,
    `/physio/patients/${zoe}`,
  );
  expect(mail.text).not.toMatch(/kuit|trombose|pijn|Zoë|alarm/i);
  expect(mail.link).toContain(`/physio/patients/${zoe}`);

  await signIn(page, FEMKE, { locale: "nl" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/nl/physio");
  const rows = page.getByRole("table").getByRole("row");
  // Same-day flags come first; other journeys' runners with a same-day flag may share the top with Zoë.
  await expect(rows.nth(1)).toContainText("Alarmsignaal · vandaag nog zien");
  const badge = rows
    .filter({ hasText: "Zoë Spoed" })
    .getByText("Alarmsignaal · vandaag nog zien: verdenking trombose (warme, gezwollen kuit)");
  await expect(badge).toBeVisible();
  await expect(badge).toHaveClass(/bg-red-800/);
  const aad = rows.filter({ hasText: "Aad Avond" });
  await expect(aad.getByText("Alarmsignaal · binnen enkele dagen zien: nachtpijn")).toBeVisible();
  const names = await rows.allInnerTexts();
  expect(names.findIndex((r) => r.includes("Zoë Spoed"))).toBeLessThan(names.findIndex((r) => r.includes("Aad Avond")));
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "physio-dashboard-triage");

  await page.goto(`/nl/physio/patients/${zoe}`);
  await expect(page.getByTestId("red-flag-urgency")).toHaveText(
    "Alarmsignaal · vandaag nog zien: verdenking trombose (warme, gezwollen kuit)",
  );
  await expectNoSeriousA11yViolations(page);
});
