// Role-login fixtures: a fresh runner signed up through the UI, or a seeded demo account.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { DEMO_PHYSIO, DEMO_TOTP_KEY } from "@/lib/scripts/demo-data";
import { localPath, runAdminCli, waitForMail } from "./mail";
import { totp } from "./totp";
import { twoStepStore } from "./two-step-store";

export const DEMO_PASSWORD = "comeback-demo";

// Every approved physio signs in in two steps. The fixture keeps each one's authenticator key (the demo
// physio's is published with the demo) and the codes it has used: the app takes a code once per account.
// It also keeps a two-step session for the next sign-in of the same account: at most three codes a period
// are free, and journeys sign the demo physio in more often than that. A session that has ended
// (signed out, everywhere) is simply not used: the form and a code come next. (two-step-store.ts)
const keyOf = (email: string) => (email === DEMO_PHYSIO.email ? DEMO_TOTP_KEY : twoStepStore.key(email));

export function rememberTwoStepKey(email: string, key: string) {
  twoStepStore.setKey(email, key.replace(/\s/g, ""));
}

export type Locale = "en" | "nl";

const text = {
  en: {
    name: "Your name",
    email: "Email",
    password: "Password",
    signUp: "Create account",
    signIn: "Sign in",
    code: "6-digit code from the app",
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
    code: "Code van 6 cijfers uit de app",
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
// with the admin CLI unless the test wants a pending one. An approved physio is then sent to set up
// two-step sign-in before anything else, and does (unless `enrol: false`).
export async function signUpPhysio(
  page: Page,
  options: { locale?: Locale; name?: string; approve?: boolean; enrol?: boolean } = {},
) {
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
  if (options.approve !== false && options.enrol !== false) await enrolTwoStep(page, { email, password, locale });
  return { email, password };
}

const enrolText = {
  en: { password: "Your password", turnOn: "Turn on", confirm: "Confirm and turn on", done: "Two-step sign-in is on." },
  nl: {
    password: "Je wachtwoord",
    turnOn: "Zet aan",
    confirm: "Bevestig en zet aan",
    done: "Inloggen in twee stappen staat aan.",
  },
} as const;

// The enrolment page an approved physio is sent to: the password, the key, a code from the app.
export async function enrolTwoStep(
  page: Page,
  { email, password, locale }: { email: string; password: string; locale: Locale },
) {
  const t = enrolText[locale];
  await page.goto(`/${locale}/physio`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/two-step`));
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.turnOn }).click();
  const key = (await page.getByTestId("two-factor-key").textContent())!.replace(/\s/g, "");
  rememberTwoStepKey(email, key);
  const code = totp(key);
  twoStepStore.markUsed(email, code);
  await page.getByLabel(text[locale].code).fill(code);
  await page.getByRole("button", { name: t.confirm }).click();
  await expect(page.getByText(t.done, { exact: false }).first()).toBeVisible();
}

// The second step of a sign-in: a code this fixture has not used yet (the app refuses a used one),
// from the current period or a neighbour the app still accepts; else wait for the next period.
async function enterTwoStepCode(page: Page, email: string, locale: Locale) {
  const key = keyOf(email);
  if (!key) throw new Error(`${email} signs in in two steps, and the fixture has no key for it`);
  for (let attempt = 0; attempt < 6; attempt++) {
    const code = [0, 1, -1].map((step) => totp(key, Date.now(), step)).find((c) => !twoStepStore.isUsed(email, c));
    if (!code) {
      await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 200);
      continue;
    }
    twoStepStore.markUsed(email, code);
    await page.getByLabel(text[locale].code).fill(code);
    await page.getByRole("button", { name: text[locale].signIn }).click();
    const signedIn = await page
      .waitForURL((url) => !url.pathname.includes("/signin"), { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (signedIn) return;
  }
  throw new Error(`${email}: no two-step code was accepted`);
}

export async function signIn(page: Page, email: string, options: { locale?: Locale; password?: string } = {}) {
  const locale = options.locale ?? "en";
  const t = text[locale];
  const kept = twoStepStore.session(email);
  if (kept) await page.context().addCookies(kept);
  await page.goto(`/${locale}/signin`);
  // Still signed in with the kept session: the sign-in page sends the account home.
  if (kept && !new URL(page.url()).pathname.endsWith("/signin")) return;
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: t.signIn }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  if (new URL(page.url()).pathname.endsWith("/signin/two-factor")) {
    await enterTwoStepCode(page, email, locale);
    twoStepStore.setSession(
      email,
      (await page.context().cookies()).filter((c) => c.name.includes("session")),
    );
  }
  await expect(page).not.toHaveURL(/\/signin/);
}
