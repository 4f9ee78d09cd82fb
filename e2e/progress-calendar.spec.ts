import fs from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { parseCalendar } from "../tests/support/ics-parse";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn, signUpRunner, type Locale } from "./support/auth";

const text = {
  en: {
    progress: "Your progress",
    pain: "Pain",
    sessions: "Sessions done",
    level: "Running level",
    back: "Back at your old level",
    phases: "Phases",
    calendar: "Calendar",
  },
  nl: {
    progress: "Je voortgang",
    pain: "Pijn",
    sessions: "Trainingen gedaan",
    level: "Loopniveau",
    back: "Terug op je oude niveau",
    phases: "Fases",
    calendar: "Agenda",
  },
} as const;

// The demo data is seeded for the server's "today" in Amsterdam.
const todayCompact = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()).replace(/-/g, "");

async function annaPlanId(page: Page): Promise<string> {
  await page.goto("/en/calendar");
  const href = await page.getByRole("link", { name: "Download calendar file (.ics)" }).getAttribute("href");
  const id = href?.match(/\/api\/plans\/([0-9a-f-]{36})\/calendar/)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

for (const locale of ["en", "nl"] as Locale[]) {
  const t = text[locale];
  test(`anna follows her progress in charts (${locale})`, async ({ page }) => {
    await signIn(page, "anna@comeback.demo", { locale });
    await page.goto(`/${locale}/progress`);
    await expect(page.getByRole("heading", { level: 1, name: t.progress })).toBeVisible();
    await expect(page.getByText(t.sessions).first()).toBeVisible();
    for (const name of [t.pain, t.sessions, t.level, t.back, t.phases])
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    // Each chart is drawn, and its numbers are there for screen readers as a table.
    await expect(page.locator(".recharts-surface")).toHaveCount(4);
    await expect(page.getByRole("table", { name: t.pain })).toBeAttached();
    expect(await page.getByRole("table", { name: t.pain }).getByRole("row").count()).toBeGreaterThan(20);
    await expect(
      page.getByRole("listitem").filter({ hasText: locale === "en" ? "Phase 4: Running again" : "Fase 4: Weer lopen" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shootAtWidths(page, `progress-${locale}`);
  });
}

test("the charts come with the page: no second request for the same data", async ({ page }) => {
  await signIn(page, "anna@comeback.demo");
  const asked: string[] = [];
  page.on("request", (request) => {
    if (/\/api\/plans\/[^/]+\/progress/.test(request.url())) asked.push(request.url());
  });
  await page.goto("/en/progress");
  await expect(page.getByRole("heading", { level: 2, name: "Pain", exact: true })).toBeVisible();
  await expect(page.getByText("Sessions done").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);
});

test("anna downloads her sessions, subscribes, and revokes the link", async ({ page, request }) => {
  await signIn(page, "anna@comeback.demo");
  await page.goto("/en/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  const shown = await page.getByRole("region", { name: "Coming sessions" }).locator("li li").count();
  expect(shown).toBeGreaterThan(2);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar file (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("comeback.ics");
  const ics = await fs.readFile((await download.path())!, "utf8");
  const calendar = parseCalendar(ics);
  // Every session shown, plus the rest days (their check-in counts too), each day once.
  const rest = calendar.events.filter((e) => e.SUMMARY?.value === "Comeback: rest day");
  const sessions = calendar.events.filter((e) => e.SUMMARY?.value !== "Comeback: rest day");
  expect(sessions).toHaveLength(shown);
  expect(rest.length).toBeGreaterThan(0);
  for (const event of calendar.events) {
    expect(event.DTSTART?.params.VALUE).toBe("DATE");
    expect(event.DTSTART!.value >= todayCompact()).toBe(true);
  }
  for (const event of sessions) expect(event.SUMMARY?.value).toMatch(/^Comeback: .+ \d+ min$/);
  const sessionDays = new Set(sessions.map((e) => e.DTSTART!.value));
  for (const event of rest)
    expect(sessionDays.has(event.DTSTART!.value), `rest day ${event.DTSTART!.value} has no session`).toBe(false);
  expect(new Set(calendar.events.map((e) => e.UID?.value)).size).toBe(calendar.events.length);
  expect(calendar.events[0]?.DTSTART?.value).toBe(todayCompact());

  await page.getByRole("button", { name: "Create subscription link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your subscription link is ready." })).toBeVisible();
  const link = page.getByLabel("Your subscription link");
  const url = await link.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("link", { name: "Open in your calendar app" })).toHaveAttribute(
    "href",
    url.replace("http://", "webcal://"),
  );

  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(feed.headers()["cache-control"]).toBe("no-store");
  // Anna's account is Dutch: the feed speaks her language.
  expect(parseCalendar(await feed.text()).events.map((e) => e.UID?.value)).toEqual(
    calendar.events.map((e) => e.UID?.value),
  );

  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "calendar-en");
  await page.goto("/nl/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
  await expect(page.getByLabel("Je abonnementslink")).toHaveValue(url);
  await expectNoSeriousA11yViolations(page);
  await shootAtWidths(page, "calendar-nl");

  await page.getByRole("button", { name: "Link intrekken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link ingetrokken." })).toBeVisible();
  await expect(page.getByLabel("Je abonnementslink")).toHaveCount(0);
  expect((await request.get(url)).status()).toBe(404);
  await page.reload();
  await expect(page.getByText("Je hebt nog geen abonnementslink.")).toBeVisible();
});

test("another runner gets 404 on anna's progress, calendar and old feed link", async ({ browser, request }) => {
  const annaContext = await browser.newContext();
  const anna = await annaContext.newPage();
  await signIn(anna, "anna@comeback.demo");
  const planId = await annaPlanId(anna);
  await anna.getByRole("button", { name: "Create subscription link" }).click();
  const oldFeed = await anna.getByLabel("Your subscription link").inputValue();
  await anna.getByRole("button", { name: "Make a new link" }).click();
  await expect(anna.getByRole("status").filter({ hasText: "Here is your new link." })).toBeVisible();
  const newFeed = await anna.getByLabel("Your subscription link").inputValue();
  expect(newFeed).not.toBe(oldFeed);
  expect((await request.get(oldFeed)).status()).toBe(404);
  expect((await request.get(newFeed)).status()).toBe(200);
  expect((await anna.request.get(`/api/plans/${planId}/progress`)).status()).toBe(200);
  await annaContext.close();

  // Without signing in: 401, and nothing about the plan.
  const anonymous = await request.get(`/api/plans/${planId}/progress`);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toContain(planId);
  expect((await request.get(`/api/calendar/not-a-token`)).status()).toBe(404);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpRunner(other, { locale: "en" });
  for (const path of [`/api/plans/${planId}/progress`, `/api/plans/${planId}/calendar`, new URL(oldFeed).pathname]) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.text()).not.toMatch(/BEGIN:VCALENDAR|painDuring/);
  }
  await otherContext.close();
});
