// Every page, in both languages, at 360 px, opened once: it answers, speaks its language, scrolls only
// down, has no serious or critical axe violation (WCAG 2.1 A/AA), shows no message key
// ("engine.session.walk_run", "link.started"), logs no MISSING_MESSAGE or ICU error, and has a title of
// its own (WCAG 2.4.2). With E2E_SCREENSHOTS=1 each page is also shot, to look at.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signIn } from "./support/auth";
import { planIdOf } from "./support/db";

// A raw key looks like word.word_word, word.word.word or link.started; hosts, e-mail addresses and file
// names are not keys, and neither are "e.g." or "4.5".
const keyLike = /(?<![\w@/.:-])[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9_]+)+(?![\w@/-])/g;
const notAKey = /\.(demo|test|com|nl|org|app|io|local|png|json|ics|webmanifest)$/;
const intlError = /MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_MESSAGE|FORMATTING_ERROR|IntlError/;

function rawKeysIn(text: string): string[] {
  return [...text.matchAll(keyLike)].map((m) => m[0]).filter((token) => !notAKey.test(token));
}

type SweptPath = { path: string; status?: number; titled?: boolean };

async function sweep(page: Page, paths: (string | SweptPath)[], locales: readonly ("en" | "nl")[] = ["en", "nl"]) {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (intlError.test(msg.text())) problems.push(`console on ${page.url()}: ${msg.text().slice(0, 200)}`);
  });
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message.slice(0, 200)}`));
  await page.setViewportSize({ width: 360, height: 780 });
  for (const locale of locales) {
    const titles = new Map<string, string>();
    for (const entry of paths) {
      const { path, status = 200, titled = true } = typeof entry === "string" ? { path: entry } : entry;
      const url = `/${locale}${path}`;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(status);
      // Charts and other client parts load after the HTML; their texts and layout count too.
      await page.waitForLoadState("networkidle");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
      const text = await page.locator("body").innerText();
      expect.soft(rawKeysIn(text), `raw message keys on ${url}`).toEqual([]);
      expect.soft(text, url).not.toMatch(intlError);
      const title = await page.title();
      if (titled) expect.soft(title, `title of ${url}`).toMatch(/^\S.* · Comeback$/);
      const sharing = [...titles.entries()].filter(([, other]) => other === title).map(([p]) => p);
      expect.soft(sharing, `${url} shares its title "${title}"`).toEqual([]);
      titles.set(path, title);
      await screenshot(page, `${locale}${path.replaceAll("/", "_") || "_home"}.png`);
    }
  }
  expect(problems).toEqual([]);
}

test("the key pattern finds keys and leaves e-mail addresses, hosts and numbers alone", () => {
  expect(rawKeysIn("Walk/run engine.session.walk_run and link.started? patient.audit.action.plan_created")).toEqual([
    "engine.session.walk_run",
    "link.started",
    "patient.audit.action.plan_created",
  ]);
  expect(rawKeysIn("anna@comeback.demo on comeback.example.nl: 4.5 min, e.g. 3.2.1")).toEqual([]);
});

// Up to 16 pages with an axe scan each: on 2 cores shared with the server and the database, about a minute
// when the machine is quiet; the limits leave room for a busy one.
test("pages for visitors", async ({ page }) => {
  test.setTimeout(180_000);
  await sweep(page, [
    // The landing page is the brand itself: "Comeback", with no page name before it.
    { path: "", titled: false },
    "/signin",
    "/signup",
    "/physio-signup",
    "/forgot-password",
    "/check-email",
    { path: "/no-such-page", status: 404 },
  ]);
});

test("pages for a runner", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "anna@comeback.demo");
  await sweep(page, ["/today", "/check-in", "/plan", "/progress", "/calendar", "/messages", "/account"]);
});

// One journey per language (titles are compared within a language): the 13 pages, axe-scanned in both
// languages in one journey, ran out of its 4 minutes while other test runs loaded the machine.
for (const locale of ["en", "nl"] as const)
  test(`pages for a physio (${locale})`, async ({ page }) => {
    test.setTimeout(240_000);
    const planId = await planIdOf("anna@comeback.demo");
    await signIn(page, "femke@comeback.demo");
    const paths = [
      "/physio",
      `/physio/patients/${planId}`,
      `/physio/patients/${planId}/program`,
      `/physio/patients/${planId}/check-ins`,
      `/physio/patients/${planId}/notes`,
      `/physio/patients/${planId}/settings`,
      `/physio/patients/${planId}/print`,
      `/physio/patients/${planId}/handout`,
      "/physio/invites",
      "/physio/rules",
      "/physio/archive",
      `/messages/${planId}`,
      "/account",
    ];
    await sweep(page, paths, [locale]);
  });

// Every exercise card (each cross-training option, strength, mobility, readiness test), each session kind
// with its extras, each decision with every engine reason, every fold-out open: at 360 px in both
// languages, no element reaches past the screen's right edge (long Dutch compounds wrap or hyphenate).
test("every option a runner can be shown fits a 360 px phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 640 });
  for (const locale of ["en", "nl"] as const) {
    await page.goto(`/${locale}/showcase`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByTestId("exercise-item").first()).toBeVisible();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await expectNoHorizontalScroll(page);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`),
    );
    expect(wide, `elements past the right edge on /${locale}/showcase`).toEqual([]);
    const text = await page.locator("main").innerText();
    expect.soft(rawKeysIn(text), `raw message keys on /${locale}/showcase`).toEqual([]);
    expect.soft(text).not.toMatch(intlError);
    await screenshot(page, `${locale}_showcase.png`);
  }
});
