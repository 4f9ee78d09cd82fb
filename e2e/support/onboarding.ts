// Goes through the onboarding wizard with valid answers (the wizard's own spec covers its errors).
import { expect, type Page } from "@playwright/test";
import type { Locale } from "./auth";

const text = {
  en: {
    next: "Next",
    create: "Create my plan",
    lastRun: "Date of your last normal run",
    runs: "Runs a week",
    weekly: "Minutes of running a week",
    longest: "Longest run, in minutes",
    site: { knee: "Knee", calf: "Calf" },
    notSure: /^Not sure/,
  },
  nl: {
    next: "Volgende",
    create: "Maak mijn plan",
    lastRun: "Datum van je laatste normale loop",
    runs: "Loopjes per week",
    weekly: "Minuten hardlopen per week",
    longest: "Langste loop, in minuten",
    site: { knee: "Knie", calf: "Kuit" },
    notSure: /^Weet ik niet/,
  },
} as const;

// The browser's calendar day, shifted by some days (the runner's "today" follows their time zone).
export async function browserDay(page: Page, shiftDays: number): Promise<string> {
  return page.evaluate((shift) => {
    const date = new Date();
    date.setDate(date.getDate() + shift);
    return date.toLocaleDateString("en-CA");
  }, shiftDays);
}

export async function completeOnboarding(
  page: Page,
  locale: Locale,
  options: { site?: "knee" | "calf"; lastRunDaysAgo?: number } = {},
) {
  const t = text[locale];
  await page.getByRole("radio", { name: t.site[options.site ?? "knee"], exact: true }).check();
  await page.getByRole("radio", { name: t.notSure }).check();
  await page.getByRole("button", { name: t.next }).click();
  await page.getByLabel(t.lastRun).fill(await browserDay(page, -(options.lastRunDaysAgo ?? 21)));
  await page.getByRole("button", { name: t.next }).click();
  await page.getByLabel(t.runs).fill("3");
  await page.getByLabel(t.weekly).fill("150");
  await page.getByLabel(t.longest).fill("60");
  await page.getByRole("button", { name: t.next }).click();
  await page.getByRole("button", { name: t.next }).click(); // training days: the suggested three
  await page.getByRole("button", { name: t.create }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/plan$`));
}
