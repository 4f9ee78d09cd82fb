// The check-in form's day of sessions: one card (a group named "Session N") per session, and helpers
// that answer the form as a runner taps through it. Each helper answers only what is on screen.
import type { Locator, Page } from "@playwright/test";
import type { Locale } from "./auth";

/** The session card whose "What" is `kind` (the select's value, e.g. "walk_run"). */
export function sessionCard(page: Page, kind: string) {
  return page
    .getByRole("group", { name: /^(Session|Training) \d$/ })
    .filter({ has: page.locator(`select:has(option[value="${kind}"]:checked)`) });
}

export const checkInText = {
  en: {
    pains: ["Pain at rest", "Pain during the session", "Pain after the session", "Pain when you woke up"],
    didIt: "Did you do it?",
    done: { all: "All of it", part: "Part of it", none: "Not done" },
    warning: "Any warning signs?",
    noWarning: "None of these",
    yesWarning: "Yes, one or more",
    rpe: /How hard was it/,
    runFelt: "How did the run feel?",
    noPain: "No pain at all",
    more: /^More \(optional\)/,
    save: "Save check-in",
    saved: "Check-in saved",
  },
  nl: {
    pains: ["Pijn in rust", "Pijn tijdens de training", "Pijn na de training", "Pijn bij het wakker worden"],
    didIt: "Heb je het gedaan?",
    done: { all: "Helemaal", part: "Een deel", none: "Niet gedaan" },
    warning: "Waarschuwingssignalen?",
    noWarning: "Geen van deze",
    yesWarning: "Ja, één of meer",
    rpe: /Hoe zwaar was het/,
    runFelt: "Hoe voelde het lopen?",
    noPain: "Helemaal geen pijn",
    more: /^Meer \(niet verplicht\)/,
    save: "Check-in opslaan",
    saved: "Check-in opgeslagen",
  },
} as const;

/** Says for every session card on screen whether it was done (by default: all of it). */
export async function answerSessions(page: Page, locale: Locale, done: "all" | "part" | "none" = "all") {
  const t = checkInText[locale];
  const groups = page.getByRole("group", { name: t.didIt });
  for (const group of await groups.all()) await group.getByText(t.done[done], { exact: true }).click();
}

/** Answers "Any warning signs?": none, or yes with the signs named (their labels). */
export async function answerWarningSigns(page: Page, locale: Locale, signs: readonly string[] = []) {
  const t = checkInText[locale];
  const group = page.getByRole("group", { name: t.warning });
  if (signs.length === 0) return group.getByText(t.noWarning, { exact: true }).click();
  await group.getByText(t.yesWarning, { exact: true }).click();
  for (const sign of signs) await group.getByText(sign, { exact: true }).click();
}

async function visible(locator: Locator): Promise<boolean> {
  return (await locator.count()) > 0 && locator.first().isVisible();
}

/**
 * Answers the check-in on screen the way a runner does on a plain day: every session done in full,
 * each pain scale shown at `pain`, the run felt fine, effort `rpe`, no warning signs. Returns the taps.
 */
export async function answerCheckIn(
  page: Page,
  locale: Locale,
  options: { pain?: number; rpe?: number; sessions?: "all" | "part" | "none"; signs?: readonly string[] } = {},
): Promise<number> {
  const t = checkInText[locale];
  let taps = 0;
  const groups = page.getByRole("group", { name: t.didIt });
  taps += await groups.count();
  await answerSessions(page, locale, options.sessions ?? "all");
  for (const legend of t.pains) {
    const scale = page.getByRole("group", { name: legend });
    if (!(await visible(scale))) continue;
    await scale.getByText(String(options.pain ?? 0), { exact: true }).click();
    taps += 1;
  }
  const felt = page.getByRole("group", { name: t.runFelt });
  if (await visible(felt)) {
    await felt.getByText(t.noPain, { exact: true }).click();
    taps += 1;
  }
  const rpe = page.getByRole("group", { name: t.rpe });
  if (await visible(rpe)) {
    await rpe.getByText(String(options.rpe ?? 3), { exact: true }).click();
    taps += 1;
  }
  await answerWarningSigns(page, locale, options.signs ?? []);
  taps += 1 + (options.signs?.length ? options.signs.length : 0);
  return taps;
}
