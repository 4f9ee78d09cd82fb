// A physio invites a runner; the runner accepts (signed in, or signing up on the invite page); the
// physio's access to the plan starts with the acceptance and ends with the link.
import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signUpPhysio, signUpRunner, uniqueEmail } from "./support/auth";
import { localPath, waitForMail } from "./support/mail";
import { planIdOf } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

const planStatus = async (physio: Page, planId: string) => (await physio.request.get(`/api/plans/${planId}`)).status();

test("a physio invites a runner who has a plan; accepting opens it to the physio, ending sharing closes it", async ({
  browser,
}) => {
  // Two accounts, an operator's approval and an onboarding: a long journey.
  test.slow();
  const physio = await newPage(browser);
  await physio.goto("/en/signin");
  await physio.getByRole("link", { name: "Create a physio account" }).click();
  await expect(physio.getByRole("heading", { level: 1, name: "Physio account" })).toBeVisible();
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-signup-en", 800);
  await signUpPhysio(physio, { locale: "en", name: "Femke Test" });
  await physio.goto("/en/physio/invites");

  await expect(physio.getByRole("heading", { level: 1, name: "Invite a patient" })).toBeVisible();
  await physio.getByRole("button", { name: "Create invite" }).click();
  await expect(physio.getByRole("heading", { name: "Invite ready" })).toBeFocused();
  const code = (await physio.getByTestId("invite-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(physio.getByLabel("Link")).toHaveValue(new RegExp(`/en/invite/${code}$`));
  await expect(physio.getByRole("listitem").filter({ hasText: code })).toContainText("Open");
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-invites-en", 800);

  const runner = await newPage(browser);
  const { email } = await signUpRunner(runner, { locale: "en" });
  await completeOnboarding(runner, "en");
  const planId = await planIdOf(email);
  expect(await planStatus(physio, planId)).toBe(404);

  // Lower case, no dash: the same code.
  await runner.goto(`/en/invite/${code.replace("-", "").toLowerCase()}`);
  await expect(runner.getByRole("heading", { level: 1, name: "Femke Test invites you" })).toBeVisible();
  await expect(runner.getByText("Your check-ins, pain scores and plan.")).toBeVisible();
  await expect(runner.getByText("Not your password, and nothing outside Comeback.")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "invite-accept-en", 800);
  await runner.getByRole("button", { name: "Accept and share with Femke Test" }).click();
  await expect(runner).toHaveURL(/\/en\/account\?shared=1$/);
  await expect(runner.getByRole("status").filter({ hasText: "Femke Test can now follow your plan" })).toBeVisible();
  expect(await planStatus(physio, planId)).toBe(200);

  await physio.reload();
  await expect(physio.getByRole("listitem").filter({ hasText: code })).toContainText("Accepted by Test Runner");

  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "account-linked-en", 800);
  await runner.getByRole("button", { name: "End sharing" }).click();
  await expect(runner.getByText("Femke Test will no longer see your check-ins")).toBeVisible();
  await runner.getByRole("button", { name: "Yes, end sharing" }).click();
  await expect(runner.getByText("You are not sharing your plan with a physio.")).toBeVisible();
  expect(await planStatus(physio, planId)).toBe(404);

  // The code was used once; opening it again says so instead of linking again.
  await runner.goto(`/en/invite/${code}`);
  await expect(runner.getByRole("heading", { level: 1, name: "This invite has already been used" })).toBeVisible();

  // A second invite, withdrawn: its code then explains itself too.
  await physio.getByRole("button", { name: "Create invite" }).click();
  await expect(physio.getByTestId("invite-code")).not.toHaveText(code);
  const second = (await physio.getByTestId("invite-code").textContent())!.trim();
  await physio.getByRole("button", { name: `Withdraw invite ${second}` }).click();
  await expect(physio.getByRole("button", { name: `Withdraw invite ${second}` })).toHaveCount(0);
  await runner.goto("/en/account");
  const codeField = runner.getByLabel("Got a code from your physio?");
  // A mistyped code is refused with the format, and stays in the field to be corrected.
  await codeField.fill("abcd-efgh");
  await runner.getByRole("button", { name: "Use code" }).click();
  await expect(runner.getByText("That is not a code. A code has 12 letters and digits")).toBeVisible();
  await expect(codeField).toHaveValue("abcd-efgh");
  await codeField.fill(second.toLowerCase());
  await runner.getByRole("button", { name: "Use code" }).click();
  await expect(runner.getByRole("heading", { level: 1, name: "This invite does not work" })).toBeVisible();
});

test("een fysio vult de intake in; een nieuwe loper maakt via de link een account en accepteert", async ({
  browser,
}) => {
  // Two accounts, an operator's approval and an onboarding: a long journey.
  test.slow();
  const physio = await newPage(browser);
  const { email: physioEmail } = await signUpPhysio(physio, { locale: "nl", name: "Sanne de Vries" });
  // Approved by the operator: an email says so and what comes next (two-step sign-in first).
  const approved = await waitForMail(physioEmail, /goedgekeurd|is approved/);
  expect(approved.text).toMatch(/twee stappen|two-step/);
  await physio.goto("/nl/physio/invites");
  // The invite is for Nieuwe Loper and goes out by email from the app; a wrong address is refused on its field.
  const email = uniqueEmail();
  await physio.getByLabel("Naam van de patiënt").fill("Nieuwe Loper");
  await physio.getByLabel("E-mailadres van de patiënt (niet verplicht)").fill("geen-adres");
  await physio.getByLabel("Taal van de e-mail").selectOption("nl");
  await physio.getByText("Vul ook de intake van mijn patiënt in").click();
  await physio.getByRole("button", { name: "Maak uitnodiging" }).click();
  await expect(
    physio.getByRole("alert").filter({ hasText: "Een paar intake-antwoorden kloppen nog niet" }),
  ).toBeVisible();
  await expect(physio.locator('[aria-invalid="true"]').first()).toBeFocused();
  await expect(
    physio.getByText("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het leeg."),
  ).toBeVisible();
  await expect(physio.getByLabel("Naam van de patiënt")).toHaveValue("Nieuwe Loper");
  await physio.getByLabel("E-mailadres van de patiënt (niet verplicht)").fill(email);
  // The physio's intake speaks to the physio about the patient, not to the patient.
  await expect(physio.getByRole("group", { name: "Waar heeft de patiënt pijn?" })).toBeVisible();
  await physio.getByRole("radio", { name: "Kuit", exact: true }).check();
  await physio.getByRole("radio", { name: "Onbekend", exact: true }).check();
  await physio.getByLabel("Laatste normale loop van de patiënt").fill(await browserDay(physio, -21));
  await physio.getByLabel("Loopjes per week").fill("3");
  await physio.getByLabel("Minuten hardlopen per week").fill("150");
  await physio.getByLabel("Langste loop, in minuten").fill("60");
  for (const day of ["Dinsdag", "Donderdag", "Zaterdag"]) await physio.getByRole("checkbox", { name: day }).check();
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "physio-invite-intake-nl", 800);
  await physio.getByRole("button", { name: "Maak uitnodiging" }).click();
  await expect(physio.getByRole("heading", { name: "Uitnodiging klaar" })).toBeVisible();
  await expect(physio.getByText(`Per e-mail verstuurd naar ${email}.`)).toBeVisible();
  const code = (await physio.getByTestId("invite-code").textContent())!.trim();
  const listed = physio.getByRole("listitem").filter({ hasText: code });
  await expect(listed).toContainText("met intake");
  await expect(listed).toContainText("Nieuwe Loper");
  await expect(listed).toContainText("gemaild");
  await shootAtWidths(physio, "physio-invite-emailed-nl", 800);

  // The email: Dutch, the code and the link, the physio's name, nothing about the injury.
  const invited = await waitForMail(email, /^Sanne de Vries nodigt je uit voor Comeback$/);
  expect(invited.text).toContain("Hoi Nieuwe Loper,");
  expect(invited.text).toContain(`Je code is ${code}.`);
  expect(invited.text).not.toMatch(/kuit|pijn|blessure/i);

  // Signed out: the page explains, and signing up comes back here (not to onboarding).
  const runner = await newPage(browser);
  await runner.goto(localPath(invited.link));
  await expect(runner).toHaveURL(new RegExp(`/nl/invite/${code.replace(/-/g, "-?")}$`));
  await expect(runner.getByRole("heading", { level: 1, name: "Sanne de Vries nodigt je uit" })).toBeVisible();
  await expect(runner.getByText("Deze uitnodiging is voor Nieuwe Loper.")).toBeVisible();
  await expect(runner.getByText("Je check-ins, pijnscores en plan.")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "invite-signed-out-nl", 800);
  await runner.getByLabel("Je naam").fill("Nieuwe Loper");
  await runner.getByLabel("E-mail").fill(email);
  await runner.getByLabel("Wachtwoord").fill("a-good-password");
  await runner.getByRole("button", { name: "Account maken" }).click();
  await expect(runner).toHaveURL(/\/nl\/check-email/);
  // The link in the confirmation email confirms the address (it signs nobody in); signing in then
  // brings the new runner back to the invite.
  const confirm = await waitForMail(email, /Bevestig je e-mailadres/);
  await runner.goto(localPath(confirm.link));
  await expect(runner.getByRole("status")).toHaveText("Je e-mailadres is bevestigd. Log in om verder te gaan.");
  await runner.getByLabel("E-mail").fill(email);
  await runner.getByLabel("Wachtwoord").fill("a-good-password");
  await runner.getByRole("button", { name: "Inloggen" }).click();
  await expect(runner).toHaveURL(new RegExp(`/nl/invite/${code.replace(/-/g, "-?")}$`)); // with or without the dashes
  await expect(runner.getByText("Sanne de Vries heeft je intake al ingevuld")).toBeVisible();
  await runner.getByRole("button", { name: "Accepteer en deel met Sanne de Vries" }).click();
  await expect(runner).toHaveURL(/\/nl\/plan$/);
  expect(await planStatus(physio, await planIdOf(email))).toBe(200);

  // A physio cannot accept; a mistyped code explains itself.
  await physio.getByRole("button", { name: "Maak uitnodiging" }).click();
  await expect(physio.getByTestId("invite-code")).not.toHaveText(code);
  const another = (await physio.getByTestId("invite-code").textContent())!.trim();
  await physio.goto(`/nl/invite/${another}`);
  await expect(physio.getByRole("main").getByRole("alert")).toContainText(
    "fysio-account, en dat kan geen uitnodigingen accepteren",
  );
  await runner.goto("/nl/invite/geen-code");
  await expect(runner.getByRole("heading", { level: 1, name: "Deze uitnodiging werkt niet" })).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
});
