// The `test` every journey uses: Playwright's, plus one automatic clean-up. Browser contexts a journey
// opens itself (a second device, the physio beside the runner) are closed when it ends; left open, their
// pages kept polling and refreshing in the background for the rest of the run.
import { test as base } from "@playwright/test";

export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      for (const context of browser.contexts()) if (!before.has(context)) await context.close();
    },
    { auto: true },
  ],
});
