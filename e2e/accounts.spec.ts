// Accounts by email, in both languages: forgot password → email → new password → old sessions gone;
// confirming the address; changing it; a pending physio who can invite only after the operator's CLI.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, newDevicePage, shootAtWidths } from "./support/a11y";
import { enrolTwoStep, signUpPhysio, signUpRunner, uniqueEmail, type Locale } from "./support/auth";
import { localPath, runAdminCli, waitForMail } from "./support/mail";

const text = {
  en: {
    forgot: "Forgot your password?",
    send: "Send me a link",
    check: "Check your email",
    resetSubject: /Set a new password/,
    newPassword: "New password",
    save: "Save new password",
    done: /Your password is changed/,
    signIn: "Sign in",
    email: "Email",
    password: "Password",
    confirmSubject: /^Confirm your email address/,
    confirmed: "Confirmed",
    unconfirmed: "Not confirmed yet",
    newEmail: "New email address",
    currentPassword: "Your current password",
    sendLink: "Send confirmation link",
    changeSubject: /Confirm your new email/,
    linkUsed: "This link no longer works",
  },
  nl: {
    forgot: "Wachtwoord vergeten?",
    send: "Stuur me een link",
    check: "Kijk in je mailbox",
    resetSubject: /Kies een nieuw wachtwoord/,
    newPassword: "Nieuw wachtwoord",
    save: "Nieuw wachtwoord opslaan",
    done: /Je wachtwoord is gewijzigd/,
    signIn: "Inloggen",
    email: "E-mail",
    password: "Wachtwoord",
    confirmSubject: /^Bevestig je e-mailadres/,
    confirmed: "Bevestigd",
    unconfirmed: "Nog niet bevestigd",
    newEmail: "Nieuw e-mailadres",
    currentPassword: "Je huidige wachtwoord",
    sendLink: "Stuur bevestigingslink",
    changeSubject: /Bevestig je nieuwe e-mailadres/,
    linkUsed: "Deze link werkt niet meer",
  },
} as const;

for (const locale of ["en", "nl"] as Locale[]) {
  const t = text[locale];

  test(`${locale}: forgot password → email → new password → every old session is gone`, async ({ browser }) => {
    // Two devices, four pages, axe and screenshots at two widths: a long journey.
    test.setTimeout(120_000);
    const phone = await newDevicePage(browser);
    const { email } = await signUpRunner(phone, { locale });
    const laptop = await newDevicePage(browser);
    await laptop.goto(`/${locale}/signin`);
    await laptop.getByRole("link", { name: t.forgot }).click();
    await expectNoSeriousA11yViolations(laptop);
    await shootAtWidths(laptop, `forgot-${locale}`, 800);
    await laptop.getByLabel(t.email).fill(email.toUpperCase());
    await laptop.getByRole("button", { name: t.send }).click();
    await expect(laptop.getByRole("heading", { level: 1, name: t.check })).toBeVisible();
    await shootAtWidths(laptop, `check-email-reset-${locale}`, 800);

    const mail = await waitForMail(email, t.resetSubject);
    expect(mail.html).toContain(mail.link.replace(/&/g, "&amp;"));
    await laptop.goto(localPath(mail.link));
    await laptop.getByLabel(t.newPassword).fill("password123");
    await laptop.getByRole("button", { name: t.save }).click();
    // Refused, with the typed password kept in the field.
    await expect(laptop.getByLabel(t.newPassword)).toHaveAttribute("aria-invalid", "true");
    await expect(laptop.getByLabel(t.newPassword)).toHaveValue("password123");
    await expectNoSeriousA11yViolations(laptop);
    await shootAtWidths(laptop, `reset-refused-${locale}`, 800);
    await laptop.getByLabel(t.newPassword).fill("my new running secret");
    await laptop.getByRole("button", { name: t.save }).click();
    await expect(laptop.getByRole("status")).toContainText(t.done);

    // The phone's session ended with the reset.
    await phone.goto(`/${locale}/account`);
    await expect(phone).toHaveURL(/\/signin/);
    // The link works once.
    await laptop.goto(localPath(mail.link));
    await laptop.getByLabel(t.newPassword).fill("yet another secret!");
    await laptop.getByRole("button", { name: t.save }).click();
    await expect(laptop.getByRole("alert").filter({ hasText: t.linkUsed })).toBeVisible();
    // The new password signs in.
    await laptop.goto(`/${locale}/signin`);
    await laptop.getByLabel(t.email).fill(email);
    await laptop.getByLabel(t.password).fill("my new running secret");
    await laptop.getByRole("button", { name: t.signIn }).click();
    await expect(laptop).not.toHaveURL(/\/signin/);
  });

  test(`${locale}: confirm the address from the sign-up email, then change it (confirmed at the new address)`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const page = await newDevicePage(browser);
    const { email, password } = await signUpRunner(page, { locale });
    await page.goto(`/${locale}/account`);
    await expect(page.getByText(t.unconfirmed)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shootAtWidths(page, `account-${locale}`, 800);

    const confirm = await waitForMail(email, t.confirmSubject);
    await page.goto(localPath(confirm.link));
    await page.goto(`/${locale}/account`);
    await expect(page.getByText(t.confirmed, { exact: true })).toBeVisible();

    const next = uniqueEmail("moved");
    await page.getByLabel(t.newEmail).fill(next);
    await page.getByLabel(t.currentPassword).fill(password);
    await page.getByRole("button", { name: t.sendLink }).click();
    await expect(page.getByRole("status").filter({ hasText: next })).toBeVisible();
    const change = await waitForMail(next, t.changeSubject);
    await page.goto(localPath(change.link));
    await page.goto(`/${locale}/account`);
    await expect(page.getByRole("heading", { name: next })).toBeVisible();
  });
}

test("a pending physio cannot invite until the operator approves them; the runner then sees 'verified'", async ({
  browser,
}) => {
  // Three runs of the admin CLI (each a Node start) besides two browsers.
  test.setTimeout(180_000);
  const physio = await newDevicePage(browser);
  const { email, password } = await signUpPhysio(physio, { locale: "nl", name: "Sanne Bakker", approve: false });
  await physio.goto("/nl/physio/invites");
  await expect(physio.getByRole("heading", { name: "Je account wacht op controle" })).toBeVisible();
  await expect(physio.getByRole("button", { name: "Maak uitnodiging" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-pending-nl", 800);
  expect(await runAdminCli("list-physios")).toMatch(new RegExp(`pending\\s+${email.replace(/[.]/g, "\\.")}`));

  // Not while the address is unconfirmed; the link in the confirmation email confirms it.
  await expect(runAdminCli("approve-physio", email)).rejects.toThrow(/is not confirmed yet/);
  await physio.goto(localPath((await waitForMail(email, /Bevestig je e-mailadres/)).link));
  expect(await runAdminCli("approve-physio", email)).toMatch(/^Approved: approved/);
  // Approved: two-step sign-in comes first, then the invites.
  await physio.goto("/nl/physio/invites");
  await expect(physio).toHaveURL(/\/nl\/account\/two-step$/);
  await enrolTwoStep(physio, { email, password, locale: "nl" });
  await physio.goto("/nl/physio/invites");
  await physio.getByRole("button", { name: "Maak uitnodiging" }).click();
  const code = (await physio.getByTestId("invite-code").textContent())!.trim();

  const runner = await newDevicePage(browser);
  await runner.goto(`/en/invite/${code}`);
  await expect(runner.getByText("Praktijk Oost")).toBeVisible();
  await expect(runner.getByText("Verified physiotherapist")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "invite-verified-en", 800);

  // Revoked: the code leads nowhere any more.
  await runAdminCli("revoke-physio", email);
  await runner.reload();
  await expect(runner.getByText("Verified physiotherapist")).toHaveCount(0);
});

test("a refused sign-up keeps what was typed and marks exactly the field at fault", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/nl/signup");
  await page.getByLabel("Je naam").fill("Sanne de Vries");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Account maken" }).click();
  const password = page.getByLabel("Wachtwoord");
  // The summary names the field, the field is marked and focused, and its message is read with it.
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Kijk het gemarkeerde veld na: Wachtwoord.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(/Je wachtwoord moet minstens 10 tekens hebben\./);
  for (const [label, value] of [
    ["Je naam", "Sanne de Vries"],
    ["E-mail", email],
    ["Wachtwoord", "kort"],
  ] as const)
    await expect(page.getByLabel(label)).toHaveValue(value);
  await expect(page.getByLabel("Je naam")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByLabel("E-mail")).not.toHaveAttribute("aria-invalid");
  await expect(page).toHaveURL(/\/nl\/signup/);
});

test("sign out asks first", async ({ page }) => {
  test.setTimeout(60_000);
  await signUpRunner(page, { locale: "en" });
  // Onboarding hides the navigation: from the account page.
  await page.goto("/en/account");
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign out?" })).toBeVisible();
  await page.getByRole("link", { name: "Stay signed in" }).click();
  await expect(page).not.toHaveURL(/sign-out/);
  // Still signed in (a runner without a plan is back at onboarding, which hides the navigation).
  await page.goto("/en/account");
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Yes, sign out" }).click();
  await expect(page).toHaveURL(/\/en$/); // signed out and sent home
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/signin/);
});
