// Optional two-step sign-in for physios: turned on with the password and a code from the app, then
// every sign-in asks for a code (or a backup code, once). In both languages, axe clean, at 360 px.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, newDevicePage, shootAtWidths } from "./support/a11y";
import { enrolTwoStep, signUpPhysio, signUpRunner } from "./support/auth";
import { totp } from "./support/totp";

async function signInWithPassword(page: Page, email: string, password: string, locale: "en" | "nl") {
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(locale === "en" ? "Email" : "E-mail").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "Wachtwoord").fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "Inloggen" }).click();
}

test("a physio turns on two-step sign-in; signing in then asks for a code from the app or a backup code", async ({
  browser,
}) => {
  // Four browsers, two languages, two axe runs and screenshots at two widths: a long journey.
  test.setTimeout(150_000);
  const page = await newDevicePage(browser);
  const { email, password } = await signUpPhysio(page, { locale: "en", approve: false });
  await page.goto("/en/account");
  const section = page.getByRole("region", { name: "Two-step sign-in" });
  await expect(section.getByTestId("two-factor-status")).toHaveText("Off: your password alone signs you in.");
  await section.getByLabel("Your password").fill("not my password");
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByLabel("Your password")).toHaveValue("not my password");
  await section.getByLabel("Your password").fill(password);
  await section.getByRole("button", { name: "Turn on" }).click();

  await expect(section.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await section.getByTestId("two-factor-key").textContent())!;
  const backupCodes = await section.getByTestId("backup-codes").getByRole("listitem").allTextContents();
  expect(backupCodes).toHaveLength(8);
  await expect(section.getByRole("link", { name: "Open in my authenticator app" })).toHaveAttribute(
    "href",
    /^otpauth:\/\/totp\/Comeback:/,
  );
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "two-factor-setup-en");
  // A code from another time (ten minutes ago) is refused and kept in the field.
  const stale = totp(key, Date.now() - 10 * 60_000);
  await section.getByLabel("6-digit code from the app").fill(stale);
  await section.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(section.getByText("That code is not right.")).toBeVisible();
  await expect(section.getByLabel("6-digit code from the app")).toHaveValue(stale);
  const enableCode = totp(key);
  await section.getByLabel("6-digit code from the app").fill(enableCode);
  await section.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(section.getByTestId("two-factor-status")).toHaveText("On: signing in asks for a code from your app.");

  // Another device: the password alone does not sign in.
  const laptop = await newDevicePage(browser);
  await signInWithPassword(laptop, email, password, "en");
  await expect(laptop).toHaveURL(/\/en\/signin\/two-factor/);
  await expect(laptop.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  await laptop.goto("/en/account");
  await expect(laptop).toHaveURL(/\/en\/signin/);
  await signInWithPassword(laptop, email, password, "en");
  await laptop.getByLabel("6-digit code from the app").fill("12345");
  await laptop.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop.getByText("Enter the 6 digits from your app.")).toBeVisible();
  // A code works once: the one that turned two-step on is refused; the app's next code works.
  await laptop.getByLabel("6-digit code from the app").fill(enableCode);
  await laptop.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop.getByText("This code was used already.", { exact: false })).toBeVisible();
  await laptop.getByLabel("6-digit code from the app").fill(totp(key, Date.now(), 1));
  await laptop.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop).toHaveURL(/\/en\/(today|physio)/);

  // In Dutch, with a backup code, which then works only once.
  const phone = await newDevicePage(browser);
  await phone.setViewportSize({ width: 360, height: 800 });
  await signInWithPassword(phone, email, password, "nl");
  await expect(phone.getByRole("heading", { level: 1, name: "Vul je code in" })).toBeVisible();
  await expectNoSeriousA11yViolations(phone);
  await shootAtWidths(phone, "two-factor-sign-in-nl");
  await phone.getByRole("link", { name: "Gebruik een reservecode" }).click();
  await phone.getByLabel("Reservecode").fill(backupCodes[0]!);
  await phone.getByRole("button", { name: "Inloggen" }).click();
  await expect(phone).toHaveURL(/\/nl\/(today|physio)/);

  const again = await newDevicePage(browser);
  await signInWithPassword(again, email, password, "nl");
  await again.getByRole("link", { name: "Gebruik een reservecode" }).click();
  await again.getByLabel("Reservecode").fill(backupCodes[0]!);
  await again.getByRole("button", { name: "Inloggen" }).click();
  await expect(again.getByText("Die code klopt niet.")).toBeVisible();

  // Turned off again with the password: the password alone signs in.
  await page.goto("/nl/account");
  const sectie = page.getByRole("region", { name: "Inloggen in twee stappen" });
  await sectie.getByLabel("Je wachtwoord").fill(password);
  await sectie.getByRole("button", { name: "Zet uit" }).click();
  await expect(sectie.getByTestId("two-factor-status")).toHaveText(
    "Uit: je wachtwoord alleen is genoeg om in te loggen.",
  );
  await signInWithPassword(again, email, password, "nl");
  await expect(again).not.toHaveURL(/\/signin/);
});

test("an approved physio sets up two-step sign-in before seeing any patient; a runner may turn it on too", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const page = await newDevicePage(browser);
  await page.setViewportSize({ width: 360, height: 800 });
  const { email, password } = await signUpPhysio(page, { locale: "nl", enrol: false });
  // Every physio page sends them to set it up; the patients' API refuses on its own.
  for (const path of ["/nl/physio", "/nl/physio/invites"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/nl\/account\/two-step$/);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Zet inloggen in twee stappen aan" })).toBeVisible();
  expect((await page.request.get("/api/physio/patients")).status()).toBe(403);
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "two-step-enrol-nl");
  await enrolTwoStep(page, { email, password, locale: "nl" });
  await page.getByRole("link", { name: "Naar je patiënten" }).click();
  await expect(page).toHaveURL(/\/nl\/physio$/);
  expect((await page.request.get("/api/physio/patients")).status()).toBe(200);
  // Required: the account page offers no way to turn it off.
  await page.goto("/nl/account");
  const sectie = page.getByRole("region", { name: "Inloggen in twee stappen" });
  await expect(sectie.getByTestId("two-factor-status")).toHaveText(
    "Aan: bij het inloggen vragen we een code uit je app.",
  );
  await expect(sectie.getByRole("button", { name: "Zet uit" })).toHaveCount(0);

  // A runner finds it on the account page, in English and Dutch.
  const runner = await newDevicePage(browser);
  const { password: runnerPassword } = await signUpRunner(runner, { locale: "en" });
  await runner.goto("/en/account");
  const section = runner.getByRole("region", { name: "Two-step sign-in" });
  await expect(section).toContainText("Someone who learns your password still cannot get in.");
  await expect(section.getByTestId("two-factor-status")).toHaveText("Off: your password alone signs you in.");
  await section.getByLabel("Your password").fill(runnerPassword);
  await section.getByRole("button", { name: "Turn on" }).click();
  const key = (await section.getByTestId("two-factor-key").textContent())!;
  await section.getByLabel("6-digit code from the app").fill(totp(key));
  await section.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(section.getByTestId("two-factor-status")).toHaveText("On: signing in asks for a code from your app.");
  await expect(section.getByRole("button", { name: "Turn off" })).toBeVisible();
  await runner.goto("/nl/account");
  await expect(runner.getByRole("region", { name: "Inloggen in twee stappen" })).toContainText(
    "Wie je wachtwoord te weten komt, kan dan nog steeds niet inloggen.",
  );
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "two-step-runner-account-nl");
});
