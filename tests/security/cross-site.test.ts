// Requests another site can make a signed-in browser send, the auth endpoints nobody uses, and the
// headers every page carries.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCheckIn, createPlan, daysAgo } from "../reliability/support/db";
import enErrors from "@/lib/i18n/messages/en/errors.json";
import nlErrors from "@/lib/i18n/messages/nl/errors.json";
import { createUser, db, env, postJson, query, request, resetLimits, signIn } from "./support/client";

let runner: { email: string; cookie: string; id: string };
let planId: string;
const checkIns = async () =>
  Number((await query<{ n: string }>("select count(*) as n from check_ins where plan_id = $1", [planId]))[0]!.n);

beforeAll(async () => {
  await resetLimits();
  runner = await createUser();
  planId = await createPlan(db(), runner.email);
});
beforeEach(resetLimits);

describe("cross-site JSON", () => {
  const body = () => JSON.stringify(buildCheckIn(daysAgo(0)));
  const post = (headers: Record<string, string>) =>
    request(`/api/plans/${planId}/check-ins`, { method: "POST", headers, body: body(), cookie: runner.cookie });

  it("refuses a cross-origin text/plain POST to the check-in route with 403 and stores nothing", async () => {
    const answer = await post({
      "Content-Type": "text/plain",
      Origin: "https://evil.example",
      "Sec-Fetch-Site": "cross-site",
    });
    expect(answer.status).toBe(403);
    expect((answer.json as { error: { message: string } }).error.message).toMatch(/another website/);
    expect(await checkIns()).toBe(0);
  });

  it.each([
    ["Origin of another site, JSON", { "Content-Type": "application/json", Origin: "https://evil.example" }, 403],
    ["Sec-Fetch-Site cross-site, JSON", { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" }, 403],
    [
      "Sec-Fetch-Site same-site (a sibling subdomain), JSON",
      { "Content-Type": "application/json", "Sec-Fetch-Site": "same-site" },
      403,
    ],
    ["Origin null (sandboxed frame), JSON", { "Content-Type": "application/json", Origin: "null" }, 403],
    ["same origin, text/plain", { "Content-Type": "text/plain", Origin: "self" }, 415],
    ["same origin, form-encoded", { "Content-Type": "application/x-www-form-urlencoded", Origin: "self" }, 415],
  ])("%s → %s, nothing stored", async (_label, headers, status) => {
    const resolved = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === "self" ? env().baseUrl : v]));
    expect((await post(resolved)).status).toBe(status);
    expect(await checkIns()).toBe(0);
  });

  it("accepts the app's own JSON POST (the positive control)", async () => {
    const answer = await post({
      "Content-Type": "application/json",
      Origin: env().baseUrl,
      "Sec-Fetch-Site": "same-origin",
    });
    expect(answer.status, answer.text).toBe(201);
    expect(await checkIns()).toBe(1);
  });

  it("answers a server action from another site with 403 and one over the size limit with 413, each with a sentence", async () => {
    const action = {
      "Next-Action": "0".repeat(42),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    };
    const foreign = await request("/en/check-in", {
      method: "POST",
      headers: { ...action, Origin: "https://evil.example" },
      body: "[]",
      cookie: runner.cookie,
    });
    expect(foreign.status).toBe(403);
    expect((foreign.json as { error: { message: string } }).error.message).toMatch(/another website/);
    const big = await request("/en/check-in", {
      method: "POST",
      headers: { ...action, Origin: env().baseUrl },
      body: JSON.stringify(["x".repeat(70 * 1024)]),
      cookie: runner.cookie,
    });
    expect(big.status).toBe(413);
    expect((big.json as { error: { message: string } }).error.message).toMatch(/too large/);
  });

  it("refuses a cross-site POST to better-auth's endpoints too", async () => {
    const answer = await postJson("/api/auth/sign-out", {}, { Origin: "https://evil.example" }, runner.cookie);
    expect(answer.status).toBe(403);
    expect((await request("/api/auth/get-session", { cookie: runner.cookie })).text).toContain(runner.email);
  });
});

describe("the auth endpoints the app does not use", () => {
  it.each([
    ["GET", "/api/auth/list-accounts"],
    ["POST", "/api/auth/sign-in/social"],
    ["POST", "/api/auth/link-social"],
    ["POST", "/api/auth/unlink-account"],
    ["POST", "/api/auth/delete-user"],
    ["GET", "/api/auth/delete-user/callback"],
    ["POST", "/api/auth/get-access-token"],
    ["POST", "/api/auth/refresh-token"],
    ["GET", "/api/auth/account-info"],
    ["POST", "/api/auth/update-session"],
    ["POST", "/api/auth/verify-password"],
    ["GET", "/api/auth/ok"],
    ["GET", "/api/auth/error"],
    ["GET", "/api/auth/callback/github"],
    ["POST", "/api/auth/sign-in/email/../../sign-in/social"],
  ])("%s %s → 404", async (method, path) => {
    const answer = await request(path, {
      method,
      headers: { "Content-Type": "application/json", Origin: env().baseUrl },
      body: method === "POST" ? "{}" : undefined,
      cookie: runner.cookie,
    });
    expect(answer.status).toBe(404);
  });
});

describe("headers", () => {
  it("every page has a CSP with a fresh nonce on every inline script, no unsafe-inline scripts, no framing", async () => {
    const pages = ["/en", "/nl", "/en/signin", "/nl/signup", "/en/today", "/en/check-in", "/en/plan", "/en/account"];
    const nonces = new Set<string>();
    for (const path of pages) {
      const signedOut = /sign(in|up)/.test(path);
      const answer = await request(path, { cookie: signedOut ? undefined : runner.cookie });
      expect(answer.status, path).toBe(200);
      const csp = answer.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeDefined();
      nonces.add(nonce!);
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(scriptSrc).not.toContain("unsafe-eval");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      const scripts = [...answer.text.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
      expect(answer.headers.get("permissions-policy")).toContain("camera=()");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      // served over plain http here: HSTS would be meaningless (and is sent only over https)
      expect(answer.headers.get("strict-transport-security")).toBeNull();
    }
    expect(nonces.size).toBe(pages.length);
  });

  it("JSON routes forbid loading anything and carry the request id", async () => {
    const answer = await request("/api/health");
    expect(answer.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("route errors in the caller's language", () => {
  it("a Dutch runner is answered in Dutch whatever the browser asks, an English one in English", async () => {
    const dutch = await createUser();
    await query(`update "user" set locale = 'nl' where id = $1`, [dutch.id]);
    const dutchCookie = await signIn(dutch.email); // a new session: the user's locale as it is now
    const english = await createUser();
    const missing = "/api/plans/00000000-0000-4000-8000-000000000000/progress";
    const error = (answer: { json: unknown }) => (answer.json as { error: { message: string } }).error.message;
    const nl = await request(missing, { cookie: dutchCookie, headers: { "Accept-Language": "en-GB" } });
    const en = await request(missing, { cookie: english.cookie, headers: { "Accept-Language": "nl-NL" } });
    expect([nl.status, en.status]).toEqual([404, 404]);
    expect(error(nl)).toBe(nlErrors.planNotFound);
    expect(error(en)).toBe(enErrors.planNotFound);
    // Before sign-in there is no caller: the browser's language decides.
    const anonymous = await request(missing, { headers: { "Accept-Language": "nl-NL" } });
    expect(anonymous.status).toBe(401);
    expect(error(anonymous)).toBe(nlErrors.signInRequired);
  });
});
