import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, newDevicePage, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner } from "./support/auth";
import { sql } from "./support/db";
import { answerWarningSigns } from "./support/check-in";
import { browserDay, completeOnboarding } from "./support/onboarding";

// Two devices of one runner. A session ended on one ("sign out everywhere") leaves no readable personal
// pages on the other; a report made from an older version of a day is kept as a draft, never saved over
// the newer one and never dropped.
test.describe.configure({ timeout: 180_000 });

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active, undefined, {
    timeout: 20_000,
  });
}

const offlineNotice = "You are offline. This is your plan as it was last loaded.";

const keptPages = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open("comeback-pages");
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });

const queuedEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ status: string; date: string }[]>((resolve, reject) => {
        const open = indexedDB.open("comeback", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("check-in-queue", { keyPath: "key" });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("check-in-queue").objectStore("check-in-queue").getAll();
          all.onsuccess = () => resolve(all.result as { status: string; date: string }[]);
        };
      }),
  );

async function planOf(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `select p.id from plans p join "user" u on u.id = p.runner_id where u.email = $1`,
    [email],
  );
  return row!.id;
}

test("after 'sign out everywhere' on another device, this phone no longer opens Today and Plan offline", async ({
  page,
  context,
  browser,
}) => {
  const name = "Lotte Verloren";
  const { email, password } = await keepTodayAndPlan(page, context, name);

  // A check-in made on this phone and not sent yet (as the form queues it while offline).
  const planId = await planOf(email);
  const [user] = await sql<{ id: string }>(`select id from "user" where email = $1`, [email]);
  const userId = user!.id;
  const today = await browserDay(page, 0);
  await page.evaluate(
    ({ planId, userId, date }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("comeback", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("check-in-queue", { keyPath: "key" });
        open.onsuccess = () => {
          const tx = open.result.transaction("check-in-queue", "readwrite");
          tx.objectStore("check-in-queue").put({
            key: `${planId}:${date}`,
            planId,
            date,
            userId,
            baseVersion: 0,
            queuedAt: Date.now(),
            status: "waiting",
            input: {
              date,
              painRest: 0,
              painDuring: 0,
              painAfter: 0,
              painMorning: 1,
              sessionKind: "rest",
              minutes: 0,
              completed: true,
              swelling: false,
              nightPain: false,
              limping: false,
              boneTenderness: false,
            },
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { planId, userId, date: today },
  );

  await signOutEverywhereElsewhere(browser, email, password);

  // The phone is picked up again: the page hears that its session ended, drops the kept pages and
  // goes to sign in. The unsent check-in stays on the phone, unsent.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page).toHaveURL(/\/en\/signin/);
  await expect.poll(() => keptPages(page)).toEqual([]);
  expect((await queuedEntries(page)).map((e) => [e.date, e.status])).toEqual([[today, "waiting"]]);
  expect(await sql(`select 1 from check_ins where plan_id = $1`, [planId])).toHaveLength(0);

  await expectNoPersonalPagesOffline(page, context, name);

  // Signed in again, the waiting check-in goes out under the runner's own session.
  await signIn(page, email, { password });
  await expect
    .poll(
      async () =>
        sql<{ pain: number }>(`select (data->>'painMorning')::int as pain from check_ins where plan_id = $1`, [planId]),
      {
        timeout: 20_000,
      },
    )
    .toEqual([{ pain: 1 }]);
});

// Signs a runner up and loads Today and Plan, which the service worker keeps; offline, Today then opens
// with the runner's name (as it did on a lost phone before).
async function keepTodayAndPlan(page: Page, context: BrowserContext, name: string) {
  const account = await signUpRunner(page, { name });
  await completeOnboarding(page, "en");
  await page.goto("/en/today");
  await waitForServiceWorker(page);
  await page.reload();
  await page.goto("/en/plan");
  // Today and Plan are kept (a prefetched Check-in may be kept too, and a page twice under another key).
  await expect
    .poll(() => keptPages(page), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(["/en/plan", "/en/today"]));
  await context.setOffline(true);
  await page.goto("/en/today");
  await expect(page.getByText(offlineNotice)).toBeVisible();
  await expect(page.locator("body")).toContainText(name);
  await context.setOffline(false);
  return account;
}

async function signOutEverywhereElsewhere(browser: Browser, email: string, password: string) {
  const other = await newDevicePage(browser);
  await signIn(other, email, { password });
  await other.goto("/en/account");
  await other.getByRole("button", { name: "Sign out everywhere" }).click();
  await other.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(other).toHaveURL(/\/en\/signin/);
}

// Offline, neither page opens any more: no name, no plan.
async function expectNoPersonalPagesOffline(page: Page, context: BrowserContext, name: string) {
  await context.setOffline(true);
  for (const path of ["/en/today", "/en/plan"]) {
    await page.goto(path).catch(() => undefined);
    await expect(page.locator("body")).not.toContainText(name);
    await expect(page.getByText(offlineNotice)).toHaveCount(0);
  }
  await context.setOffline(false);
}

test("the service worker drops the kept pages when one of them, opened online, sends it to sign in", async ({
  page,
  context,
  browser,
}) => {
  const name = "Pim Kwijt";
  const { email, password } = await keepTodayAndPlan(page, context, name);
  await signOutEverywhereElsewhere(browser, email, password);
  // No tab comes back into view here: the phone simply opens Plan while online.
  await page.goto("/en/plan");
  await expect(page).toHaveURL(/\/en\/signin/);
  await expect.poll(() => keptPages(page)).toEqual([]);
  await expectNoPersonalPagesOffline(page, context, name);
});

async function answerRestDay(page: Page, locale: "en" | "nl", groups: string[]) {
  const remove = page.getByRole("button", { name: /^(Remove session|Training \d weghalen)/ });
  while ((await remove.count()) > 0) await remove.first().click();
  // A rest day asks only the pain at rest and on waking (and the warning signs).
  for (const legend of groups) {
    const scale = page.getByRole("group", { name: legend });
    if ((await scale.count()) > 0) await scale.getByText("2", { exact: true }).click();
  }
  await answerWarningSigns(page, locale);
}

const text = {
  en: {
    pains: ["Pain at rest", "Pain during the session", "Pain after the session", "Pain when you woke up"],
    save: /^Save (check-in|correction|my version)$/,
    changed: "This day was changed since; your version was kept as a draft.",
    listed: /^Check-in of .+ was changed since; your version was kept as a draft\.$/,
    discard: "Delete my draft",
    saveDraft: "Save my version",
  },
  nl: {
    pains: ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"],
    save: /^(Check-in opslaan|Aanpassing opslaan|Mijn versie opslaan)$/,
    changed: "Deze dag is intussen gewijzigd; jouw versie is bewaard als concept.",
    listed: /^Check-in van .+ is intussen gewijzigd; jouw versie is bewaard als concept\.$/,
    discard: "Mijn concept verwijderen",
    saveDraft: "Mijn versie opslaan",
  },
} as const;

for (const locale of ["en", "nl"] as const) {
  test(`${locale}: a report made before the day was changed elsewhere is kept as a draft, not saved over it`, async ({
    page,
    browser,
  }) => {
    const t = text[locale];
    const { email, password } = await signUpRunner(page, { locale });
    await completeOnboarding(page, locale);
    const planId = await planOf(email);
    await page.goto(`/${locale}/check-in`);
    await answerRestDay(page, locale, [...t.pains]);

    // Meanwhile the same day is reported from another device.
    const other = await newDevicePage(browser);
    await signIn(other, email, { locale, password });
    const today = await browserDay(page, 0);
    const sent = await other.evaluate(
      async ({ planId, today }) =>
        (
          await fetch(`/api/plans/${planId}/check-ins`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({
              date: today,
              painRest: 0,
              painDuring: 0,
              painAfter: 0,
              painMorning: 6,
              sessionKind: "rest",
              minutes: 0,
              completed: true,
              swelling: false,
              nightPain: true,
              limping: false,
              boneTenderness: false,
              baseVersion: 0,
            }),
          })
        ).status,
      { planId, today },
    );
    expect(sent).toBe(201);

    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.changed })).toBeVisible();
    await expect(page.getByText(t.listed)).toBeVisible();
    const stored = () =>
      sql<{ pain: number }>(`select (data->>'painMorning')::int as pain from check_ins where plan_id = $1`, [planId]);
    expect(await stored()).toEqual([{ pain: 6 }]);
    await expect(page.getByRole("button", { name: t.saveDraft })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shootAtWidths(page, `check-in-draft-${locale}`);

    if (locale === "en") {
      // The runner chooses their version: saved over the newer one, as a correction.
      await page.getByRole("button", { name: t.save }).click();
      await expect.poll(stored).toEqual([{ pain: 2 }]);
      await expect(page.getByText(t.listed)).toHaveCount(0);
    } else {
      // Or keeps the newer report: the draft goes, the form shows what is saved.
      await page.getByRole("button", { name: t.discard }).click();
      await expect(page.getByText(t.listed)).toHaveCount(0);
      expect(await stored()).toEqual([{ pain: 6 }]);
    }
  });
}
