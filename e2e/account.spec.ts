// The runner's own data: download it, delete the account; and sign-in attempts that are limited.
import fs from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, screenshot, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { browserDay, completeOnboarding } from "./support/onboarding";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

async function tryPassword(page: Page, email: string, password: string, locale: "en" | "nl" = "en") {
  const t =
    locale === "nl"
      ? { email: "E-mail", password: "Wachtwoord", submit: "Inloggen" }
      : { email: "Email", password: "Password", submit: "Sign in" };
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.submit }).click();
  // A wrong password marks both fields; "too many attempts" is a message for the whole form.
  return page.getByRole("main");
}

test("a runner downloads all their data as JSON, with their check-ins", async ({ page, request }) => {
  const { email } = await signUpRunner(page, { locale: "en" });
  await completeOnboarding(page, "en");
  const planId = await planIdOf(email);
  const today = await browserDay(page, 0);
  const saved = await page.request.post(`/api/plans/${planId}/check-ins`, {
    data: {
      date: today,
      painRest: 0,
      painDuring: 2,
      painAfter: 1,
      painMorning: 0,
      sessionKind: "mobility",
      minutes: 20,
      completed: true,
      rpe: 3,
      swelling: false,
      nightPain: false,
      limping: false,
      boneTenderness: false,
    },
  });
  expect(saved.status()).toBe(201);

  await page.goto("/en/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "account-en", 800);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("comeback-data.json");
  const data = JSON.parse(fs.readFileSync((await file.path())!, "utf8"));
  expect(data.profile.email).toBe(email);
  expect(data.plans[0].id).toBe(planId);
  expect(data.plans[0].checkIns).toEqual([expect.objectContaining({ date: today, painDuring: 2, painAfter: 1 })]);
  expect(JSON.stringify(data)).not.toMatch(/"(password|token)"/);

  const response = await page.request.get("/api/account/export");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="comeback-data.json"');
  expect((await request.get("/api/account/export")).status()).toBe(401);
});

test("een loper verwijdert het account: alles weg, de fysio ziet het plan niet meer, inloggen lukt niet meer", async ({
  page,
  browser,
}) => {
  // Two sign-ups, an onboarding, the operator's approval (a CLI process) and an invite before the deletion:
  // about 33 s on a quiet 2-core machine, too close to the 45 s default (it ran out once under extra load).
  test.slow();
  const { email, password } = await signUpRunner(page, { locale: "nl" });
  await completeOnboarding(page, "nl");
  const planId = await planIdOf(email);

  // Linked to the demo physio first, so deleting must also end what she sees.
  const physio = await newPage(browser);
  await signIn(physio, "femke@comeback.demo", { locale: "nl" });
  await physio.goto("/nl/physio/invites");
  await physio.getByRole("button", { name: "Maak uitnodiging" }).click();
  const code = (await physio.getByTestId("invite-code").textContent())!.trim();
  await page.goto(`/nl/invite/${code}`);
  await page.getByRole("button", { name: /^Accepteer en deel met/ }).click();
  await expect(page).toHaveURL(/\/nl\/account\?shared=1$/);
  expect((await physio.request.get(`/api/plans/${planId}`)).status()).toBe(200);

  await page.goto("/nl/account");
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.getByText("Dit kun je niet ongedaan maken.")).toBeVisible();
  await page.getByLabel("Typ VERWIJDER of je e-mailadres om te bevestigen").fill("nee");
  await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
  await expect(page.getByText("Typ je e-mailadres of het woord VERWIJDER om te bevestigen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "account-delete-nl-360.png");
  await page.getByLabel("Typ VERWIJDER of je e-mailadres om te bevestigen").fill("verwijder");
  // The right word is not enough: the current password too.
  await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
  await expect(page.getByText("Dat is niet je huidige wachtwoord.")).toBeVisible();
  await page.getByLabel("Je wachtwoord, ter bevestiging").fill(password);
  await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();

  await expect(page).toHaveURL(/\/nl\/account\/deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Je account is verwijderd" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "account-deleted-nl", 800);
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
  expect((await physio.request.get(`/api/plans/${planId}`)).status()).toBe(404);
  expect(await sql(`select id from "user" where email = $1`, [email])).toEqual([]);
  expect(await sql(`select id from plans where id = $1`, [planId])).toEqual([]);

  const alert = await tryPassword(page, email, password, "nl");
  await expect(alert).toContainText("Dit e-mailadres en wachtwoord horen niet bij elkaar.");
});

test("after five wrong passwords the sixth attempt is refused with how long to wait, even with the right password", async ({
  page,
  browser,
}) => {
  // A sign-up and nine sign-in attempts, most of them a deliberately slow password hash: about 33 s on a
  // quiet 2-core machine.
  test.slow();
  const { email, password } = await signUpRunner(page, { locale: "en" });
  const guesser = await newPage(browser);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await expect(await tryPassword(guesser, email, `wrong-${attempt}`)).toContainText(
      "That email and password do not match.",
    );
  }
  await expect(await tryPassword(guesser, email, "wrong-6")).toContainText(
    "Too many sign-in attempts. Wait 15 minutes and try again.",
  );
  await expect(await tryPassword(guesser, email, password)).toContainText("Too many sign-in attempts.");
  await expect(guesser).toHaveURL(/\/en\/signin/);
  await expectNoSeriousA11yViolations(guesser);

  // Another account from the same address is not locked out by this one.
  await signIn(guesser, "eva@comeback.demo");
});

test("better-auth's own sign-in endpoint answers 429 with a JSON message after five attempts a minute", async ({
  request,
}) => {
  const statuses: number[] = [];
  let last: unknown;
  for (let attempt = 0; attempt < 6; attempt++) {
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email: "nobody@example.test", password: "wrong-password" },
      headers: { Origin: test.info().project.use.baseURL! },
    });
    statuses.push(response.status());
    last = await response.json().catch(() => undefined);
  }
  expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
  expect(statuses[5]).toBe(429);
  expect(JSON.stringify(last)).toMatch(/too many/i);
});
