// Role-login fixtures: a fresh runner signed up through the UI, or a seeded demo account.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "comeback-demo";

export type Locale = "en" | "nl";

const text = {
  en: { name: "Your name", email: "Email", password: "Password", signUp: "Create account", signIn: "Sign in" },
  nl: { name: "Je naam", email: "E-mail", password: "Wachtwoord", signUp: "Account maken", signIn: "Inloggen" },
} as const;

export function uniqueEmail(prefix = "runner") {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

// Signs up a new runner and lands on onboarding.
export async function signUpRunner(page: Page, options: { locale?: Locale; name?: string; email?: string; password?: string } = {}) {
  const locale = options.locale ?? "en";
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? "a-good-password";
  const t = text[locale];
  await page.goto(`/${locale}/signup`);
  await page.getByLabel(t.name).fill(options.name ?? "Test Runner");
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.signUp }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/onboarding`));
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
