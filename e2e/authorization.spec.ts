import { expect } from "@playwright/test";
import { test } from "./support/test";
import { signIn, signUpRunner } from "./support/auth";
import { planIdOf } from "./support/db";

// User B gets 404 on user A's plan, check-ins, progress and calendar; anonymous gets 401.
test("another runner and anonymous visitors cannot read a runner's plan", async ({ page, playwright, baseURL }) => {
  const planId = await planIdOf("anna@comeback.demo");
  const paths = [
    `/api/plans/${planId}`,
    `/api/plans/${planId}/check-ins`,
    `/api/plans/${planId}/progress`,
    `/api/plans/${planId}/calendar`,
  ];

  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of paths) expect((await anonymous.get(path)).status(), path).toBe(401);
  await anonymous.dispose();

  await signUpRunner(page);
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(await response.text()).not.toContain("anna");
  }
  await page.context().clearCookies();

  await signIn(page, "anna@comeback.demo");
  for (const path of paths) expect((await page.request.get(path)).status(), path).toBe(200);
});

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/en/plan");
  await expect(page).toHaveURL(/\/en\/signin\?next=%2Fen%2Fplan/);
  await page.getByLabel("Email").fill("eva@comeback.demo");
  await page.getByLabel("Password").fill("comeback-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/plan$/);
});
