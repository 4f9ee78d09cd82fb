// Issue 12, "Messages": a runner (in English) and her physio (in Dutch) write to each other on the
// plan's thread; the unread counts on Today, the dashboard and the patient page follow.
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectNoSeriousA11yViolations, shootAtWidths } from "./support/a11y";
import { signIn } from "./support/auth";
import { planIdOf } from "./support/db";

const ANNA = "anna@comeback.demo";
const FEMKE = "femke@comeback.demo";

test.describe.configure({ timeout: 120_000 });

test("a runner and her physio exchange messages in English and Dutch; unread counts follow", async ({ browser }) => {
  // Two browsers, two languages, four axe runs and screenshots at two widths.
  test.setTimeout(90_000);
  const planId = await planIdOf(ANNA);
  const runner = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  const physio = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(runner, ANNA);
  await signIn(physio, FEMKE, { locale: "nl" });

  // The runner: from Today to her thread, through the navigation.
  await runner.goto("/en/today");
  await expect(runner.getByRole("link", { name: "Messages with your physio" })).toBeVisible();
  await runner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await expect(runner).toHaveURL(/\/en\/messages$/);
  await expect(runner.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
  await expect(runner.getByText("With Femke de Vries")).toBeVisible();
  await expect(runner.getByText("No messages yet.")).toBeVisible();

  // Too long: a clear refusal, the text kept.
  const box = runner.getByLabel("Your message");
  const long = "a".repeat(2001);
  await box.fill(long);
  await runner.getByRole("button", { name: "Send" }).click();
  await expect(runner.getByRole("alert").filter({ hasText: "A message can be" })).toHaveText(
    "A message can be up to 2,000 characters. Make it shorter or send it in two parts.",
  );
  await expect(box).toHaveValue(long);
  await expect(box).toHaveAttribute("aria-invalid", "true");

  await box.fill("My calf felt tight after the last run. Can I still run on Saturday?");
  await runner.getByRole("button", { name: "Send" }).click();
  await expect(runner.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();
  await expect(box).toHaveValue("");
  const runnerList = runner.getByRole("list", { name: "Messages, oldest first" });
  await expect(runnerList.getByRole("listitem")).toHaveCount(1);
  await expect(runnerList.getByRole("listitem").last()).toContainText("You");
  await expect(runnerList.getByRole("listitem").last()).toContainText("Can I still run on Saturday?");
  await expectNoSeriousA11yViolations(runner);
  // Off the thread before the physio answers: an open thread refreshes every 20 s and so reads the reply
  // itself, which left Today without its "new message" link whenever the physio's part took that long.
  await runner.goto("/en/today");

  // The physio, in Dutch: one unread message on the dashboard and on the patient page.
  await physio.goto("/nl/physio");
  const badge = physio.getByRole("link", { name: "1 ongelezen bericht" }).filter({ visible: true });
  await expect(badge).toBeVisible();
  await physio.goto(`/nl/physio/patients/${planId}`);
  await expect(physio.getByRole("link", { name: /Berichten\s*1 ongelezen bericht/ })).toBeVisible();
  await physio.getByRole("link", { name: /Berichten/ }).click();
  await expect(physio).toHaveURL(new RegExp(`/nl/messages/${planId}$`));
  await expect(physio.getByText("Met Anna Jansen")).toBeVisible();
  const physioList = physio.getByRole("list", { name: "Berichten, oudste eerst" });
  await expect(physioList.getByRole("listitem").first()).toContainText("Anna Jansen");
  await expect(physioList.getByRole("listitem").first()).toContainText("Can I still run on Saturday?");

  // Opened: the counts are gone.
  await physio.goto(`/nl/physio/patients/${planId}`);
  await expect(physio.getByRole("link", { name: "Berichten", exact: true })).toBeVisible();
  await physio.goto("/nl/physio");
  await expect(physio.getByRole("link", { name: /ongelezen/ })).toHaveCount(0);

  await physio.goto(`/nl/messages/${planId}`);
  await physio.getByLabel("Je bericht").fill("Ja, maar rustig: 2 x 5 minuten, en stop als de pijn boven de 3 komt.");
  await physio.getByRole("button", { name: "Versturen" }).click();
  await expect(physio.getByRole("status").filter({ hasText: "Bericht verstuurd." })).toBeVisible();
  await expect(physioList.getByRole("listitem")).toHaveCount(2);
  await expect(physioList.getByRole("listitem").last()).toContainText("Jij");
  await expectNoSeriousA11yViolations(physio);
  await shootAtWidths(physio, "messages-physio-nl");

  // Back to the runner: Today says there is a reply; the thread shows it at the bottom.
  await runner.goto("/en/today");
  const unread = runner.getByRole("link", { name: "1 new message from your physio" });
  await expect(unread).toBeVisible();
  await unread.click();
  await expect(runnerList.getByRole("listitem")).toHaveCount(2);
  await expect(runnerList.getByRole("listitem").last()).toContainText("Femke de Vries");
  await expect(runnerList.getByRole("listitem").last()).toContainText("2 x 5 minuten");
  await runner.goto("/en/today");
  await expect(runner.getByRole("link", { name: "Messages with your physio" })).toBeVisible();
  await shootAtWidths(runner, "today-en");

  await runner.goto("/en/messages");
  await shootAtWidths(runner, "messages-runner-en");
  await runner.goto("/nl/messages");
  await expect(runner.getByText("Met Femke de Vries")).toBeVisible();
  await expectNoSeriousA11yViolations(runner);
  await shootAtWidths(runner, "messages-runner-nl");
});

test("a stranger gets the not-found page for someone else's thread", async ({ page }) => {
  const planId = await planIdOf(ANNA);
  await signIn(page, "eva@comeback.demo");
  const response = await page.goto(`/en/messages/${planId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Femke de Vries")).toHaveCount(0);
  // Eva has no physio: her own thread page says so and points to the invite code.
  await page.goto("/en/messages");
  await expect(page.getByRole("link", { name: "Enter an invite code" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
