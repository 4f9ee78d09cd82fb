// Role-login fixtures: a fresh runner signed up through the UI, or a seeded demo account.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { localPath, runAdminCli, waitForMail } from "./mail";

export const DEMO_PASSWORD = "comeback-demo";

export type Locale = "en" | "nl";

const text = {
  en: {
    name: "Your name",
    email: "Email",
    password: "Password",
    signUp: "Create account",
    signIn: "Sign in",
    big: "BIG number",
    practice: "Practice",
    practiceName: "Practice East",
  },
  nl: {
    name: "Je naam",
    email: "E-mail",
    password: "Wachtwoord",
    signUp: "Account maken",
    signIn: "Inloggen",
    big: "BIG-nummer",
    practice: "Praktijk",
    practiceName: "Praktijk Oost",
  },
} as const;

export function uniqueEmail(prefix = "runner") {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

// Signs up a new runner ("check your email"), signs in with the password and lands on onboarding.
export async function signUpRunner(
  page: Page,
  options: { locale?: Locale; name?: string; email?: string; password?: string } = {},
) {
  const locale = options.locale ?? "en";
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? "a-good-password";
  const t = text[locale];
  await page.goto(`/${locale}/signup`);
  await page.getByLabel(t.name).fill(options.name ?? "Test Runner");
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.signUp }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/check-email`));
  await signIn(page, email, { locale, password });
  await expect(page).toHaveURL(new RegExp(`/${locale}/onboarding`));
  return { email, password };
}

// Signs up a physio (with BIG number and practice), signs in, and has the operator approve them
// with the admin CLI unless the test wants a pending one.
export async function signUpPhysio(page: Page, options: { locale?: Locale; name?: string; approve?: boolean } = {}) {
  const locale = options.locale ?? "en";
  const t = text[locale];
  const email = uniqueEmail("physio");
  const password = "a-good-password";
  await page.goto(`/${locale}/physio-signup`);
  // Names are unique: no physio may take another physio's name (lib/security/display-name.ts).
  await page.getByLabel(t.name).fill(options.name ?? `Test Physio ${randomUUID().slice(0, 4)}`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  // A BIG number of its own: the operator's approval refuses one that another account holds.
  await page.getByLabel(t.big).fill(String(10_000_000_000 + Math.floor(Math.random() * 89_999_999_999)));
  await page.getByLabel(t.practice).fill(t.practiceName);
  await page.getByRole("button", { name: t.signUp }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/check-email`));
  if (options.approve !== false) {
    // The operator approves only a confirmed address: open the link from the confirmation email first.
    const confirm = await waitForMail(email, /Confirm your email address|Bevestig je e-mailadres/);
    await page.goto(localPath(confirm.link));
    await runAdminCli("approve-physio", email);
  }
  await signIn(page, email, { locale, password });
  return { email, password };
}

export async function signIn(page: Page, email: string, options: { locale?: Locale; password?: string } = {}) {
  const locale = options.locale ?? "en";
  const t = text[locale];
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: t.signIn }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}
