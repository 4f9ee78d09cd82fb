// Reminder and notification preferences on the account page, in English and Dutch, at 360 px.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signUpPhysio, signUpRunner } from "./support/auth";
import { sql } from "./support/db";

async function storedPreferences(email: string) {
  const [row] = await sql(
    `select np.* from notification_preferences np join "user" u on u.id = np.user_id where u.email = $1`,
    [email],
  );
  return row;
}

test("a runner chooses the reminder time and channel in English", async ({ page }) => {
  const { email } = await signUpRunner(page, { locale: "en" });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/en/account");
  const section = page.getByRole("region", { name: "Reminders and notifications" });
  const time = section.getByLabel("Daily check-in reminder at");
  await expect(time).toHaveValue("20:00");
  await expect(section.getByRole("radio", { name: "Email", exact: true })).toBeChecked();
  // The push part says plainly where it stands on this device (Chromium here: supported, not on yet).
  await expect(
    section.getByText(/This device does not receive push notifications yet|Push notifications are not set up/),
  ).toBeVisible();

  await time.fill("07:45");
  await section.getByText("Email and push notification").click();
  await section.getByLabel("Also put an alarm at this time in my calendar subscription").check();
  await section.getByRole("button", { name: "Save preferences" }).click();
  await expect(section.getByText("Your preferences are saved.")).toBeVisible();
  expect(await storedPreferences(email)).toMatchObject({
    reminder_time: "07:45",
    reminder_channels: "both",
    calendar_alarm: true,
  });

  await page.reload();
  await expect(section.getByLabel("Daily check-in reminder at")).toHaveValue("07:45");
  await expect(section.getByRole("radio", { name: "Email and push notification" })).toBeChecked();
});

// Looked at on their own (a fresh page each): axe over the whole account page is slow on a loaded machine.
test("the runner's preferences pass axe and fit 360 px, in English", async ({ page }) => {
  await signUpRunner(page, { locale: "en" });
  await page.goto("/en/account");
  await expect(page.getByRole("region", { name: "Reminders and notifications" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "notification-preferences-en", 800);
});

test("a physio chooses alerts and a daily digest in Dutch", async ({ page }) => {
  const { email } = await signUpPhysio(page, { locale: "nl" });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/nl/account");
  const section = page.getByRole("region", { name: "Herinneringen en meldingen" });
  await expect(section.getByText("Een patiënt heeft je aandacht nodig", { exact: false })).toBeVisible();
  await section.getByText("Pushmelding", { exact: true }).click();
  await section.getByLabel("Stuur me ook een dagelijks overzicht van meldingen").check();
  await section.getByLabel("Dagelijks overzicht om").fill("07:30");
  await section.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(section.getByText("Je voorkeuren zijn opgeslagen.")).toBeVisible();
  expect(await storedPreferences(email)).toMatchObject({
    alert_channels: "push",
    digest_enabled: true,
    digest_time: "07:30",
    reminder_time: "20:00",
  });
});

test("the physio's preferences pass axe and fit 360 px, in Dutch", async ({ page }) => {
  await signUpPhysio(page, { locale: "nl" });
  await page.goto("/nl/account");
  await expect(page.getByRole("region", { name: "Herinneringen en meldingen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "notification-preferences-nl", 800);
});
