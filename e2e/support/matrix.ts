// The authorization matrix's callers and tools: a request context signed in as each caller, a digest
// of everything about A's plan a request could change, and server actions posted as the browser would.
import fs from "node:fs";
import type { APIRequestContext, Browser } from "@playwright/test";
import { signIn, signUpPhysio } from "./auth";
import { sql } from "./db";

export type Who = "anonymous" | "runnerA" | "runnerB" | "physioX" | "physioY";
export const everyone: Who[] = ["anonymous", "runnerA", "runnerB", "physioX", "physioY"];

async function contextFor(browser: Browser, who: Who, baseURL: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (who === "runnerA") await signIn(page, "anna@comeback.demo");
  if (who === "runnerB") await signIn(page, "eva@comeback.demo");
  if (who === "physioX") await signIn(page, "femke@comeback.demo");
  // A verified physio who has nothing to do with A's plan.
  // A fresh physio each time: no two physios may share a name.
  if (who === "physioY") await signUpPhysio(page, { locale: "en" });
  return page.request;
}

// Everything about A's plan that any request could change.
export async function digestOfPlan(planId: string) {
  const [plan] = await sql(
    `select physio_id, settings, status, phase, calendar_token, discharged_on from plans where id = $1`,
    [planId],
  );
  const counts = await sql(
    `select (select count(*) from check_ins where plan_id = $1)::int as check_ins, (select count(*) from plan_events where plan_id = $1)::int as events,
            (select count(*) from notes where plan_id = $1)::int as notes, (select count(*) from check_in_versions where plan_id = $1)::int as check_in_versions,
            (select count(*) from plan_messages where plan_id = $1)::int as messages, (select md5(coalesce(string_agg(data::text || pain_during, ',' order by date), '')) from check_ins where plan_id = $1) as check_in_hash`,
    [planId],
  );
  return { plan, counts };
}

export type ActionEntry = { id: string; name: string; page: string };

// Each action is posted to a page that uses it, as the browser would.
export function actionsByName(planA: string): Record<string, ActionEntry> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node).map(([id, e]) => {
      const worker = Object.keys(e.workers).sort((a, b) => a.length - b.length)[0] ?? "app/[locale]/page";
      const page = worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace("[locale]", "en")
        .replace(/\/\([^)]+\)/g, "")
        .replace("[planId]", planA)
        .replace(/\[(\w+)\]/g, "x");
      return [e.exportedName ?? id, { id, name: e.exportedName ?? id, page: page || "/en" }];
    }),
  );
}

// What React's encodeReply sends: plain arguments as a JSON array; a form as multipart, the arguments
// under "0" with "$K1" in the form's place, and the form's fields under "_1_".
function formReply(fields: Record<string, string>, withState: boolean): FormData {
  // The order matters as in React's own encoding: the form's fields first, the arguments last.
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify(withState ? ["$undefined", "$K1"] : ["$K1"]));
  return multipart;
}

/** One request context per caller, each signed in as that caller (or not at all). */
export async function signInEveryone(browser: Browser, baseURL: string): Promise<Record<Who, APIRequestContext>> {
  return Object.fromEntries(
    await Promise.all(everyone.map(async (who) => [who, await contextFor(browser, who, baseURL)] as const)),
  ) as Record<Who, APIRequestContext>;
}

export type ActionBody = { json?: unknown[]; form?: Record<string, string>; state?: boolean };

/** Posts to a server action as the browser would: plain arguments as JSON, a form as React encodes it. */
export function postAction(request: APIRequestContext, action: ActionEntry, body: ActionBody, origin: string) {
  const headers = { "Next-Action": action.id, Accept: "text/x-component", Origin: origin };
  return body.json
    ? request.post(action.page, {
        headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify(body.json),
        maxRedirects: 0,
      })
    : request.post(action.page, {
        headers,
        multipart: formReply(body.form!, body.state ?? false),
        maxRedirects: 0,
      });
}
