// "Sign out everywhere" on one device ends the session of every other: what a lost phone's service
// worker hears when it next reaches the server. Its personal pages now redirect to sign in (the service
// worker then drops its kept copies), the session check says no one is signed in, and a check-in still
// queued there is refused until that runner signs in again (kept, not sent). The browser's side is
// e2e/offline-session.spec.ts, in Chromium.
import { beforeAll, describe, expect, it } from "vitest";
import { buildCheckIn, createPlan, daysAgo } from "../reliability/support/db";
import { callFormAction } from "./support/actions";
import { createUser, db, postJson, request, resetLimits, signIn } from "./support/client";

describe("sign out everywhere, seen from the lost phone", () => {
  let lostPhone: string;
  let other: string;
  let planId: string;
  beforeAll(async () => {
    await resetLimits();
    const runner = await createUser({ name: "Lost Phone Runner" });
    lostPhone = runner.cookie;
    other = await signIn(runner.email);
    planId = await createPlan(db(), runner.email);
  });

  it("its personal pages redirect to sign in, its session is gone, its queued check-in is not taken", async () => {
    for (const path of ["/en/today", "/en/plan"]) expect((await request(path, { cookie: lostPhone })).status).toBe(200);
    const done = await callFormAction("signOutEverywhereAction", { locale: "en" }, other);
    expect(done.status).toBeLessThan(400);

    for (const path of ["/en/today", "/en/plan", "/en/check-in"]) {
      const page = await request(path, { cookie: lostPhone });
      expect([302, 303, 307]).toContain(page.status);
      expect(page.headers.get("location")).toMatch(/\/en\/signin/);
    }
    const session = await request("/api/auth/get-session", { cookie: lostPhone });
    expect(session.status).toBe(200);
    expect(session.json).toBeNull();
    const queued = await postJson(
      `/api/plans/${planId}/check-ins`,
      { ...buildCheckIn(daysAgo(0)), baseVersion: 0 },
      {},
      lostPhone,
    );
    expect(queued.status).toBe(401);
  });
});
