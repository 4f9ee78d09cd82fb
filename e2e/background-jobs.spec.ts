// What the job queue promises, on the start command as shipped (embedded PostgreSQL, the app's own
// database role, pg-boss's real once-a-minute cron, the local mail sink): a physio's instant alert and
// message email, a runner's daily reminder and a physio's daily summary at the times they chose on the
// Account page, each read back as an .eml file, and the Account page saying when it was last sent.
// This is the one journey that waits for the real cron (up to about two minutes).
import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { signUpPhysio, signUpRunner } from "./support/auth";
import { planIdOf, sql } from "./support/db";
import { waitForMail } from "./support/mail";
import { completeOnboarding } from "./support/onboarding";
import { restDayCheckIn } from "@/lib/scripts/sample-check-in";
import { todayIn } from "@/lib/dates";

// The next minute on the user's own clock (their stored time zone), as the Account page's time field takes it.
async function nextMinuteFor(email: string): Promise<string> {
  const [{ time_zone: timeZone } = { time_zone: "Europe/Amsterdam" }] = await sql<{ time_zone: string }>(
    `select time_zone from "user" where email = $1`,
    [email],
  );
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(Date.now() + 60_000),
  );
}

async function linkToPhysio(runnerEmail: string, physioEmail: string) {
  await sql(`update plans set physio_id = (select id from "user" where email = $1) where id = $2`, [
    physioEmail,
    await planIdOf(runnerEmail),
  ]);
}

async function saveTime(page: Page, locale: "en" | "nl", label: string, time: string, also?: string) {
  await page.goto(`/${locale}/account`);
  const section = page.getByRole("region", {
    name: locale === "en" ? "Reminders and notifications" : "Herinneringen en meldingen",
  });
  if (also) await section.getByLabel(also).check();
  await section.getByLabel(label).fill(time);
  await section.getByRole("button", { name: locale === "en" ? "Save preferences" : "Voorkeuren opslaan" }).click();
  await expect(
    section.getByText(locale === "en" ? "Your preferences are saved." : "Je voorkeuren zijn opgeslagen."),
  ).toBeVisible();
}

test("alerts, a message email, the daily reminder and the physio's summary arrive by the real job queue", async ({
  browser,
}) => {
  test.slow();
  test.setTimeout(300_000);
  const physio = await (await browser.newContext()).newPage();
  const flagged = await (await browser.newContext()).newPage();
  const quiet = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();

  const { email: physioEmail } = await signUpPhysio(physio, { locale: "nl" });
  const { email: flaggedEmail } = await signUpRunner(flagged, { locale: "en", name: "Flagged Runner" });
  await completeOnboarding(flagged, "en");
  await linkToPhysio(flaggedEmail, physioEmail);
  const { email: quietEmail } = await signUpRunner(quiet, { locale: "en", name: "Quiet Runner" });
  await completeOnboarding(quiet, "en");

  // A warning sign pauses the plan: the physio is told at once, with only a link (no health data).
  const planId = await planIdOf(flaggedEmail);
  const [{ time_zone: zone } = { time_zone: "Europe/Amsterdam" }] = await sql<{ time_zone: string }>(
    `select time_zone from "user" where email = $1`,
    [flaggedEmail],
  );
  const origin = new URL(flagged.url()).origin;
  const saved = await flagged.request.post(`/api/plans/${planId}/check-ins`, {
    data: restDayCheckIn(todayIn(zone), { nightPain: true }),
    headers: { Origin: origin },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const alert = await waitForMail(physioEmail, /Een patiënt heeft je aandacht nodig/, 30_000);
  expect(alert.text).not.toMatch(/night|nacht|pain|pijn/i);

  // A message: the physio gets an email with a link to the thread, never its words.
  await flagged.goto("/en/messages");
  await flagged.getByLabel("Your message").fill("Woke up with pain in the night, what should I do?");
  await flagged.getByRole("button", { name: "Send" }).click();
  await expect(flagged.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();
  const message = await waitForMail(physioEmail, /nieuw bericht/, 30_000);
  expect(message.text).not.toContain("Woke up");

  // The daily summary (alerts are waiting) and the quiet runner's reminder, each due next minute.
  await saveTime(
    physio,
    "nl",
    "Dagelijks overzicht om",
    await nextMinuteFor(physioEmail),
    "Stuur me ook een dagelijks overzicht van meldingen",
  );
  await saveTime(quiet, "en", "Daily check-in reminder at", await nextMinuteFor(quietEmail));
  const [reminder, digest] = await Promise.all([
    waitForMail(quietEmail, /Time for today's check-in/, 180_000),
    waitForMail(physioEmail, /Patiënten hebben je aandacht nodig/, 180_000),
  ]);
  expect(reminder.link).toContain("/en/");
  expect(digest.text).not.toContain("Flagged Runner");

  // The Account page says it went out; /api/health says the cron ran.
  await quiet.goto("/en/account");
  await expect(quiet.getByTestId("last-sent")).toContainText("Last reminder sent:");
  await physio.goto("/nl/account");
  await expect(physio.getByTestId("last-sent")).toContainText("Laatste dagelijkse overzicht verstuurd:");
  await expect(physio.getByTestId("last-sent")).toContainText("Laatste melding verstuurd:");
  const health = (await (await quiet.request.get("/api/health")).json()) as {
    jobs: { state: string; lastScanAt: string };
  };
  expect(health.jobs).toMatchObject({ state: "ok", failed: 0 });
  expect(Date.now() - Date.parse(health.jobs.lastScanAt)).toBeLessThan(180_000);
});
