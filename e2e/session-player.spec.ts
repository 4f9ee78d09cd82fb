import { expect, type Page } from "@playwright/test";
import { test } from "./support/test";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, screenshot } from "./support/a11y";
import { signUpRunner } from "./support/auth";
import { answerCheckIn, sessionCard } from "./support/check-in";
import { planIdOf, sql } from "./support/db";
import { expectInViewUncovered } from "./support/layout";
import { browserDay, completeOnboarding } from "./support/onboarding";

// A fresh runner whose only training day is today, put in a phase by the physio (an override
// event), so today holds a known session whatever weekday the suite runs on.
async function runnerInPhase(page: Page, locale: "en" | "nl", override: { phase: number; level?: number }) {
  const { email } = await signUpRunner(page, { locale });
  await completeOnboarding(page, locale);
  const today = await browserDay(page, 0);
  const weekday = await page.evaluate(() => ((new Date().getDay() + 6) % 7) + 1);
  const planId = await planIdOf(email);
  await sql(
    `update plans set intake = intake || jsonb_build_object('trainingDays', jsonb_build_array($2::int), 'runsPerWeek', 1) where id = $1`,
    [planId, weekday],
  );
  await sql(`insert into plan_events (plan_id, date, kind, payload) values ($1, $2, 'override', $3)`, [
    planId,
    today,
    { by: "physio", ...override },
  ]);
  return { email, planId, today };
}

// Buzzes are recorded by wrapping the browser's own navigator.vibrate (headless has no motor), beeps by
// counting the tones the page starts, and the screen lock by wrapping navigator.wakeLock.request.
async function recordVibrations(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as { __buzz: unknown[]; __beeps: number; __locks: { released: boolean }[] };
    const calls: unknown[] = [];
    record.__buzz = calls;
    record.__beeps = 0;
    record.__locks = [];
    navigator.vibrate = ((pattern: number | number[]) => calls.push(pattern) > 0) as Navigator["vibrate"];
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      record.__beeps++;
      return create.call(this);
    };
    Object.defineProperty(navigator, "wakeLock", {
      configurable: true,
      value: {
        request: async () => {
          const sentinel = { released: false, release: async () => void (sentinel.released = true) };
          record.__locks.push(sentinel);
          return sentinel;
        },
      },
    });
  });
}
const beeps = (page: Page) => page.evaluate(() => (window as unknown as { __beeps: number }).__beeps);
const heldLocks = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __locks: { released: boolean }[] }).__locks.filter((l) => !l.released).length,
  );

// The README's pictures: the screen as a 360 × 640 phone shows it (device scale 1), when screenshots are asked for.
async function docShot(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: `docs/screenshots/${name}` });
}

// The countdown and the buttons a runner needs mid-step are on screen, under no menu.
async function expectControlsInView(page: Page, buttons: string[]) {
  await expectInViewUncovered([
    page.getByTestId("clock"),
    ...buttons.map((name) => page.getByRole("button", { name, exact: true })),
  ]);
}
// From here on only the test moves time (fastForward is the phone locked for a while, then woken).
async function pauseClock(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

// Each journey signs up, onboards, plays a whole session and checks in: longer than one page's budget.
test.describe.configure({ timeout: 240_000 });

const buzzes = (page: Page) => page.evaluate(() => (window as unknown as { __buzz: unknown[] }).__buzz.length);

test("a runner plays today's strength session with the timers and checks in from the player", async ({ page }) => {
  await page.clock.install();
  await recordVibrations(page);
  const { planId, today } = await runnerInPhase(page, "en", { phase: 3 });

  await page.goto("/en/today");
  const strength = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Strength" }) });
  await expect(strength.getByTestId("exercise-item")).toHaveCount(4);
  await expect(strength.getByTestId("dose").first()).toHaveText("4 × 30 s hold · body weight · rest 60 s");
  await expect(strength.getByRole("img", { name: /^Wall sit: Back against the wall/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Tomorrow/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, `today-exercises-en-${width}.png`);
  }

  await page.setViewportSize({ width: 360, height: 640 });
  await docShot(page, "runner-today-en.png");
  await strength.getByRole("link", { name: /Start this session/ }).click();
  await expectNoSeriousA11yViolations(page);
  await pauseClock(page);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByText("Exercise 1 of 4")).toBeVisible();
  await expect(page.getByText("Set 1 of 4")).toBeVisible();
  await expect(page.getByTestId("clock")).toHaveText("0:30");
  // The menu gives way to the player's dock; the screen is kept on while the timer runs.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expectControlsInView(page, ["Pause", "Skip", "Stop here"]);
  await expect.poll(() => heldLocks(page)).toBe(1);
  await screenshot(page, "player-hold-en-360.png");
  await docShot(page, "runner-player-hold-en.png");

  // The hold ends: the rest starts, announced, with a buzz.
  await page.clock.fastForward("00:31");
  await expect(page.getByRole("status").filter({ hasText: "Now: Rest 1:00" })).toBeAttached();
  await expect(page.getByText("Rest", { exact: true })).toBeVisible();
  expect(await buzzes(page)).toBeGreaterThanOrEqual(2);
  expect(await beeps(page)).toBeGreaterThanOrEqual(2);

  // Sound off: the next switch buzzes without a beep, and the choice holds on this phone.
  const sound = page.getByRole("button", { name: "Sound" });
  await expect(sound).toHaveAttribute("aria-pressed", "true");
  await sound.click();
  await expect(sound).toHaveAttribute("aria-pressed", "false");
  expect(await page.evaluate(() => localStorage.getItem("comeback.sound"))).toBe("off");
  const [beepsBefore, buzzesBefore] = [await beeps(page), await buzzes(page)];
  await page.getByRole("button", { name: "Skip", exact: true }).click();
  expect(await beeps(page)).toBe(beepsBefore);
  expect(await buzzes(page)).toBeGreaterThan(buzzesBefore);
  await sound.click();
  await expect(sound).toHaveAttribute("aria-pressed", "true");

  // The screen was locked for five minutes: the player catches up over every hold and rest.
  await page.clock.fastForward("05:00");
  await expect(page.getByText("Exercise 2 of 4")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Glute bridge" })).toBeVisible();
  await expect(page.getByText("Do 12 reps, then tap “Set done”.")).toBeVisible();
  await page.getByRole("button", { name: "Set done" }).click();
  await expect(page.getByTestId("clock")).toHaveText("1:00");
  await page.getByRole("button", { name: "Pause" }).click();
  // Paused, the screen may sleep again.
  await expect.poll(() => heldLocks(page)).toBe(0);
  await page.clock.fastForward("02:00");
  await expect(page.getByTestId("clock")).toHaveText("1:00");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("button", { name: "Skip" }).click();
  await expect(page.getByText("Set 2 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Next exercise" }).click();
  await page.getByRole("button", { name: "Next exercise" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Plank" })).toBeVisible();
  await page.clock.fastForward("03:00");
  await expect(page.getByRole("heading", { name: "Session done" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  expect(await heldLocks(page)).toBe(0);

  // axe needs the page's timers, so it scans once the test stops holding the clock.
  await page.clock.resume();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Go to the check-in" }).click();
  await expect(page).toHaveURL(/\/en\/check-in\?kind=strength&minutes=25&completed=1/);
  // The played session fills in its card of today's sessions.
  const played = sessionCard(page, "strength");
  await expect(played.getByLabel("Minutes", { exact: true })).toHaveCount(0); // done in full: the recorded minutes go with it
  // Recorded by the player, so answered: the only session that arrives answered.
  await expect(played.getByRole("radio", { name: "All of it" })).toBeChecked();
  await answerCheckIn(page, "en", { rpe: 5 });
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check-in saved");
  const [row] = await sql<{ data: { sessions: unknown[] } }>(
    `select data from check_ins where plan_id = $1 and date = $2`,
    [planId, today],
  );
  expect(row?.data.sessions).toContainEqual({ kind: "strength", minutes: 25, completed: true });
});

test("een loper speelt een wandel/hardloop-training met de intervaltimer en checkt in", async ({ page }) => {
  await page.clock.install();
  await recordVibrations(page);
  const { planId, today } = await runnerInPhase(page, "nl", { phase: 4, level: 1 });

  // The run day in full, in English too: warm-up, the blocks, how easy, the pain limit, cool-down.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/en/today");
  const runDayEn = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Walk/run" }) });
  await expect(runDayEn.getByTestId("run-day").getByRole("listitem")).toHaveText([
    "Warm-up: 5 min brisk walk",
    "4 × (0.5 min jog, 4.5 min walk)",
    "Cool-down: 5 min easy walk",
  ]);
  await expect(runDayEn.getByText("Pace: easy enough to talk in full sentences (effort 3–4 out of 10).")).toBeVisible();
  await expect(runDayEn.getByText(/^Pain: /)).toBeVisible();
  await runDayEn.scrollIntoViewIfNeeded();
  await docShot(page, "runner-run-day-en.png");

  await page.goto("/nl/today");
  const walkRun = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Wandelen/hardlopen" }) });
  await expect(walkRun.getByTestId("run-day").getByRole("listitem")).toHaveText([
    "Warming-up: 5 min stevig wandelen",
    "4 × (0,5 min joggen, 4,5 min wandelen)",
    "Cooling-down: 5 min rustig uitwandelen",
  ]);
  await expect(walkRun.getByText(/^Tempo: zo rustig dat je nog hele zinnen kunt praten/)).toBeVisible();
  await docShot(page, "runner-today-nl.png");
  await walkRun.scrollIntoViewIfNeeded();
  await docShot(page, "runner-run-day-nl.png");
  await walkRun.getByRole("link", { name: /Begin deze training/ }).click();
  await expect(page.getByTestId("run-day").getByText("4 × (0,5 min joggen, 4,5 min wandelen)")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await pauseClock(page);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  // First the warm-up walk; the runner skips its last minutes.
  await expect(page.getByText("Warming-up", { exact: true })).toBeVisible();
  await expect(page.getByTestId("clock")).toHaveText("5:00");
  await expectControlsInView(page, ["Pauze", "Overslaan", "Hier stoppen"]);
  await page.getByRole("button", { name: "Overslaan", exact: true }).click();
  await expect(page.getByText("Blok 1 van 4")).toBeVisible();
  await expect(page.getByText("Joggen", { exact: true })).toBeVisible();
  await expect(page.getByTestId("clock")).toHaveText("0:30");
  await expect(page.getByTestId("run-cues")).toContainText("Rustig: je kunt nog praten");
  await expect(page.getByTestId("run-cues")).toContainText("Pijn:");
  await expectControlsInView(page, ["Pauze", "Overslaan", "Hier stoppen"]);
  await screenshot(page, "player-walk-run-nl-360.png");
  await docShot(page, "runner-player-run-nl.png");

  await page.clock.fastForward("00:31");
  await expect(page.getByRole("status").filter({ hasText: "Nu: Wandelen 4:30" })).toBeAttached();
  await expect(page.getByText("Wandelen", { exact: true })).toBeVisible();
  await expectControlsInView(page, ["Pauze", "Overslaan", "Hier stoppen"]);
  const afterSwitch = await buzzes(page);
  expect(afterSwitch).toBeGreaterThanOrEqual(2);

  await page.clock.fastForward("04:30");
  await expect(page.getByText("Blok 2 van 4")).toBeVisible();
  await expect(page.getByText("Joggen", { exact: true })).toBeVisible();
  expect(await buzzes(page)).toBeGreaterThan(afterSwitch);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "player-walk-run-nl-1280.png");

  await page.clock.fastForward("15:00");
  await expect(page.getByText("Cooling-down", { exact: true })).toBeVisible();
  await page.clock.fastForward("05:00");
  await expect(page.getByRole("heading", { name: "Training klaar" })).toBeVisible();
  await page.clock.resume();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Naar de check-in" }).click();
  await expect(page).toHaveURL(/\/nl\/check-in\?kind=walk_run&minutes=20&completed=1/);
  await expect(sessionCard(page, "walk_run").getByLabel("Minuten", { exact: true })).toHaveCount(0);
  await expect(sessionCard(page, "walk_run").getByRole("radio", { name: "Helemaal" })).toBeChecked();
  await answerCheckIn(page, "nl", { rpe: 3 });
  await page.getByRole("button", { name: "Check-in opslaan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check-in opgeslagen");
  const [row] = await sql<{ data: { sessionKind: string; minutes: number; completed: boolean } }>(
    `select data from check_ins where plan_id = $1 and date = $2`,
    [planId, today],
  );
  expect(row?.data).toMatchObject({ sessionKind: "walk_run", minutes: 20, completed: true });
});
