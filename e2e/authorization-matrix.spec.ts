// The authorization matrix: anonymous, runner A, runner B, physio X (linked to A) and
// physio Y (not linked) against every page, route handler and server action that touches A's plan.
// Only the entitled get data; the others get 401/403/404 (or a refusal from the action) and the
// database is unchanged.
import { expect } from "@playwright/test";
import { restDayCheckIn } from "../lib/scripts/sample-check-in";
import { planIdOf } from "./support/db";
import {
  actionsByName,
  digestOfPlan,
  everyone,
  postAction,
  signInEveryone,
  type ActionBody,
  type Who,
} from "./support/matrix";
import { test } from "./support/test";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("pages and route handlers: only the entitled get A's data", async ({ browser, baseURL }) => {
  // Five signed-in callers against every page and route that touches A's plan (the patient page's five
  // sections each): 60-100 s on a loaded 2-core machine.
  test.setTimeout(180_000);
  const planA = await planIdOf("anna@comeback.demo");
  const requests = await signInEveryone(browser, baseURL!);
  const before = await digestOfPlan(planA);

  // Route handlers: expected status per caller.
  const routes: { path: string; method?: "GET" | "POST"; expect: Record<Who, number> }[] = [
    { path: `/api/plans/${planA}`, expect: { anonymous: 401, runnerA: 200, runnerB: 404, physioX: 200, physioY: 404 } },
    {
      path: `/api/plans/${planA}/check-ins`,
      expect: { anonymous: 401, runnerA: 200, runnerB: 404, physioX: 200, physioY: 404 },
    },
    {
      path: `/api/plans/${planA}/progress`,
      expect: { anonymous: 401, runnerA: 200, runnerB: 404, physioX: 200, physioY: 404 },
    },
    {
      path: `/api/plans/${planA}/calendar`,
      expect: { anonymous: 401, runnerA: 200, runnerB: 404, physioX: 404, physioY: 404 },
    },
    {
      path: `/api/plans/${planA}/check-ins`,
      method: "POST",
      expect: { anonymous: 401, runnerA: 400, runnerB: 404, physioX: 403, physioY: 403 },
    },
    {
      path: `/api/plans/${planA}/export/fhir`,
      expect: { anonymous: 401, runnerA: 403, runnerB: 404, physioX: 200, physioY: 404 },
    },
    {
      path: `/api/physio/patients`,
      expect: { anonymous: 401, runnerA: 403, runnerB: 403, physioX: 200, physioY: 200 },
    },
    { path: `/api/account/export`, expect: { anonymous: 401, runnerA: 200, runnerB: 200, physioX: 200, physioY: 200 } },
  ];
  for (const route of routes) {
    for (const who of everyone) {
      const response =
        route.method === "POST"
          ? await requests[who].post(route.path, { data: { date: "not a date" } })
          : await requests[who].get(route.path);
      expect(response.status(), `${who} ${route.method ?? "GET"} ${route.path}`).toBe(route.expect[who]);
      if (response.status() >= 400) {
        expect(response.headers()["cache-control"]).toContain("no-store");
        expect(await response.text(), `${who} ${route.path} leaks nothing`).not.toMatch(/Achilles|achilles|anna@/);
      }
    }
  }
  // Who appears where: only X's list holds Anna; only A's export holds A's check-ins.
  expect(await (await requests.physioX.get("/api/physio/patients")).text()).toContain("Anna");
  expect(await (await requests.physioY.get("/api/physio/patients")).text()).not.toContain("Anna");
  expect(await (await requests.runnerB.get("/api/account/export")).text()).not.toContain(planA);
  expect(await (await requests.runnerA.get("/api/account/export")).text()).toContain(planA);

  // Pages: A's patient page only for X; the runner pages show each runner their own plan only.
  const pages: { path: string; allowed: Who[]; marker: string | RegExp }[] = [
    { path: `/en/physio/patients/${planA}`, allowed: ["physioX"], marker: "Anna Jansen" },
    ...["program", "check-ins", "notes", "settings"].map((section) => ({
      path: `/en/physio/patients/${planA}/${section}`,
      allowed: ["physioX"] as Who[],
      marker: "Anna Jansen",
    })),
    { path: `/en/physio/patients/${planA}/print`, allowed: ["physioX"], marker: "Anna Jansen" },
    { path: "/en/physio", allowed: ["physioX"], marker: "Anna Jansen" },
    // The thread of A's plan (issue 12): Anna and her physio only.
    { path: `/en/messages/${planA}`, allowed: ["runnerA", "physioX"], marker: /With (Femke|Anna)/ },
    // The rules page holds no patient data: every physio reads it, a runner is sent to their own pages.
    { path: "/en/physio/rules", allowed: ["physioX", "physioY"], marker: "The rules behind every plan" },
    // Runner pages carry no plan id: each runner sees their own plan there (only Anna is on the running ladder).
    { path: "/en/plan", allowed: ["runnerA"], marker: /Running level \d+ of \d+/ },
  ];
  for (const page of pages) {
    for (const who of everyone) {
      const response = await requests[who].get(page.path);
      const body = await response.text();
      if (page.allowed.includes(who)) {
        expect(response.status(), `${who} ${page.path}`).toBe(200);
        expect(body, `${who} ${page.path}`).toMatch(page.marker);
      } else {
        // Anna herself is named on every page she sees ("Signed in as Anna Jansen"); the others must never see her.
        if (who !== "runnerA")
          expect(body, `${who} must not see ${page.marker} on ${page.path}`).not.toMatch(page.marker);
        if (page.path.includes(planA) && who !== "anonymous")
          expect(response.status(), `${who} ${page.path}`).toBe(404);
        // A redirect to sign in: an HTTP redirect, or (where the page streams a loading state first) Next's in-page one.
        if (who === "anonymous")
          expect(
            response.url().includes("/en/signin") || body.includes("/en/signin?next="),
            `anonymous ${page.path} is sent to sign in`,
          ).toBe(true);
      }
    }
  }
  expect(await digestOfPlan(planA)).toEqual(before);
});

test("server actions aimed at A's plan: only the entitled may act, and nothing changes for the others", async ({
  browser,
  baseURL,
}) => {
  // About 70 refused calls, each with a digest of the plan before and after: 30-45 s on 2 cores.
  test.setTimeout(120_000);
  const planA = await planIdOf("anna@comeback.demo");
  const actions = actionsByName(planA);
  const requests = await signInEveryone(browser, baseURL!);
  const today = new Date().toLocaleDateString("en-CA");
  const checkIn = restDayCheckIn(today);

  const calls: { action: string; body: ActionBody; deniedTo: Who[] }[] = [
    {
      action: "saveCheckInAction",
      body: { json: [planA, checkIn] },
      deniedTo: ["anonymous", "runnerB", "physioX", "physioY"],
    },
    {
      action: "clearanceAction",
      body: { form: { planId: planA, confirmed: "on" }, state: true },
      deniedTo: ["anonymous", "runnerB", "physioX", "physioY"],
    },
    {
      action: "changeSettingsAction",
      body: { form: { planId: planA, tolerance: "3" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "decideTransitionAction",
      body: { form: { planId: planA, decision: "approve", toPhase: "4" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "clearRedFlagAction",
      body: { form: { planId: planA, note: "cleared" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "addNoteAction",
      body: { form: { planId: planA, body: "a note" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "calendarLinkAction",
      body: { form: { planId: planA, intent: "create" } },
      deniedTo: ["anonymous", "runnerB", "physioX", "physioY"],
    },
    // The physio's program and clinical control (issue 10): the linked physio only.
    {
      action: "changeProgramAction",
      body: {
        form: {
          planId: planA,
          phase: "3",
          sessionKind: "strength",
          items: JSON.stringify([{ exerciseId: "squat", dose: { sets: 3, reps: 10, load: "body_weight" } }]),
        },
        state: true,
      },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "overrideAction",
      body: { form: { planId: planA, phase: "2", note: "matrix" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "startPauseAction",
      body: { form: { planId: planA, from: today, to: today, reason: "illness" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "endPauseAction",
      body: { form: { planId: planA }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "correctIntakeAction",
      body: { form: { planId: planA, weeklyMinutes: "300", note: "matrix" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "recordClinicTestsAction",
      body: { form: { planId: planA, "walk.minutes": "30", "walk.pain": "0" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "dischargeAction",
      body: { form: { planId: planA, note: "matrix", confirm: "on" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    {
      action: "endLinkAction",
      body: { form: { planId: planA, locale: "en" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioY"],
    },
    // The runner's own pause; the intake correction only for a self-guided plan (Anna has a physio).
    {
      action: "runnerStartPauseAction",
      body: { form: { planId: planA, from: today, to: today, reason: "illness" }, state: true },
      deniedTo: ["anonymous", "runnerB", "physioX", "physioY"],
    },
    {
      action: "runnerEndPauseAction",
      body: { form: { planId: planA }, state: true },
      deniedTo: ["anonymous", "runnerB", "physioX", "physioY"],
    },
    // Messages (issue 12): the thread's two people only.
    {
      action: "sendMessageAction",
      body: { form: { planId: planA, body: "matrix message" }, state: true },
      deniedTo: ["anonymous", "runnerB", "physioY"],
    },
    {
      action: "runnerCorrectIntakeAction",
      body: { form: { planId: planA, weeklyMinutes: "300" }, state: true },
      deniedTo: ["anonymous", "runnerA", "runnerB", "physioX", "physioY"],
    },
  ];

  for (const call of calls) {
    const action = actions[call.action];
    expect(action, `${call.action} is in the build`).toBeDefined();
    for (const who of call.deniedTo) {
      const before = await digestOfPlan(planA);
      const response = await postAction(requests[who], action!, call.body, baseURL!);
      const text = await response.text();
      expect(response.status(), `${who} → ${call.action}`).toBeLessThan(500);
      expect(text, `${who} → ${call.action} is refused`).toMatch(/"ok":false|"status":"error"/);
      expect(text).not.toMatch(/Achilles|anna@/);
      expect(await digestOfPlan(planA), `${who} → ${call.action} changed nothing`).toEqual(before);
    }
  }

  // The same encoding reaches the action for the one entitled: the linked physio's note is stored.
  const note = actions.addNoteAction!;
  const before = await digestOfPlan(planA);
  const ok = await postAction(
    requests.physioX,
    note,
    { form: { planId: planA, body: "Matrix control note" }, state: true },
    baseURL!,
  );
  expect(await ok.text()).toMatch(/"ok":true|"status":"success"/);
  expect((await digestOfPlan(planA)).counts[0]?.notes).toBe(Number(before.counts[0]?.notes) + 1);
});
