// The check-in form's day of sessions: one card (a group named "Session N") per session.
import type { Page } from "@playwright/test";

/** The session card whose "What" is `kind` (the select's value, e.g. "walk_run"). */
export function sessionCard(page: Page, kind: string) {
  return page
    .getByRole("group", { name: /^(Session|Training) \d$/ })
    .filter({ has: page.locator(`select:has(option[value="${kind}"]:checked)`) });
}
