// The route handlers the fuzz test covers: found in app/api, what each may be asked by whom, and the
// requests each caller must be refused.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { badAuthBody, badId, rawBadBody } from "./fuzz-bodies";
import { invalidCheckIn, validCheckIn } from "./fuzz-check-ins";
import type { Caller, Case } from "./fuzz-harness";

export type RouteFile = { file: string; path: string; methods: string[] };

/** Every route handler in app/api, with the HTTP methods it exports. */
export function discoverRoutes(root = process.cwd()): RouteFile[] {
  const api = path.join(root, "app", "api");
  return (fs.readdirSync(api, { recursive: true }) as string[])
    .filter((f) => f.endsWith(`${path.sep}route.ts`) || f === "route.ts")
    .map((f) => {
      const source = fs.readFileSync(path.join(api, f), "utf8");
      const methods = [
        ...source.matchAll(/export\s+(?:(?:async\s+)?function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
      ].map((m) => m[1]!);
      const route = `/api/${path.dirname(f).split(path.sep).join("/")}`.replace(/\/\.$/, "");
      return { file: `app/api/${f}`, path: route, methods };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

// What may be asked of whom: a new route handler fails the test until its bad inputs are added here.
const PLAN_ROUTES = ["/api/plans/[planId]", "/api/plans/[planId]/progress", "/api/plans/[planId]/check-ins"];
export const KNOWN_ROUTES: Record<string, string> = {
  "/api/health": "takes no input: 200 or 503 for anyone (tested in db-outage)",
  "/api/plans/[planId]": "GET: owner or linked physio",
  "/api/plans/[planId]/progress": "GET: owner or linked physio",
  "/api/plans/[planId]/check-ins": "GET: owner or linked physio; POST: owner with a valid check-in",
  "/api/plans/[planId]/calendar": "GET: the owner",
  "/api/plans/[planId]/export/fhir": "GET: the linked physio only (a FHIR Bundle)",
  "/api/physio/patients": "GET: a physio",
  "/api/account/export": "GET: anyone signed in",
  "/api/calendar/[token]": "GET: anyone with a live token",
  "/api/auth/[...all]": "better-auth: sign-up/sign-in with a valid body",
  "/api/mail/unsubscribe": "POST: anyone with a signed token; a forged or missing one is 400 (tests/mail/mail.test.ts)",
  "/api/account/two-factor":
    "POST: the signed-in account confirming with a code from the app or turning off with the password",
};

const callers = fc.constantFrom<Caller>("anonymous", "runner", "other", "physio");
type PlanChoice = { kind: "A" | "B" | "bad"; id: string };
const planChoice: fc.Arbitrary<PlanChoice> = fc.oneof(
  fc.constant<PlanChoice>({ kind: "A", id: "" }),
  fc.constant<PlanChoice>({ kind: "B", id: "" }),
  badId.map<PlanChoice>((id) => ({ kind: "bad", id })),
);
const canSee = (caller: Caller, p: PlanChoice) =>
  (p.kind === "A" && caller === "runner") || (p.kind === "B" && (caller === "other" || caller === "physio"));
const owns = (caller: Caller, p: PlanChoice) =>
  (p.kind === "A" && caller === "runner") || (p.kind === "B" && caller === "other");
const query = fc.option(
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }),
  { nil: undefined },
);
const withQuery = (path: string, q?: Record<string, string>) =>
  q && Object.keys(q).length ? `${path}?${new URLSearchParams(q)}` : path;

/** Requests each caller must be refused: on the runner's plan (a), the other runner's plan (b, linked to
 * the physio), or ids that name nothing. */
export function routeCases(plans: { a: string; b: string }): fc.Arbitrary<Case> {
  const idOf = (p: PlanChoice) => encodeURIComponent(p.kind === "A" ? plans.a : p.kind === "B" ? plans.b : p.id);
  return fc.oneof(
    // reading a plan that is not the caller's, does not exist or is not an id
    fc
      .record({ route: fc.constantFrom(...PLAN_ROUTES), caller: callers, plan: planChoice, q: query })
      .filter(({ caller, plan }) => !canSee(caller, plan))
      .map(({ route, caller, plan, q }): Case => ({
        label: "read",
        method: "GET",
        path: withQuery(route.replace("[planId]", idOf(plan)), q),
        caller,
        expect: "json-error",
      })),
    fc
      .record({ caller: callers, plan: planChoice, q: query })
      .filter(({ caller, plan }) => !owns(caller, plan))
      .map(({ caller, plan, q }): Case => ({
        label: "calendar",
        method: "GET",
        path: withQuery(`/api/plans/${idOf(plan)}/calendar`, q),
        caller,
        expect: "json-error",
      })),
    // the FHIR export: only the physio linked to plan B
    fc
      .record({ caller: callers, plan: planChoice, q: query })
      .filter(({ caller, plan }) => !(caller === "physio" && plan.kind === "B"))
      .map(({ caller, plan, q }): Case => ({
        label: "fhir export",
        method: "GET",
        path: withQuery(`/api/plans/${idOf(plan)}/export/fhir`, q),
        caller,
        expect: "json-error",
      })),
    // a check-in the server must refuse, on the runner's own plan
    invalidCheckIn.map((json): Case => ({
      label: "bad check-in",
      method: "POST",
      path: `/api/plans/${plans.a}/check-ins`,
      caller: "runner",
      json,
      expect: "json-error",
    })),
    rawBadBody.map((raw): Case => ({
      label: `bad body (${raw.label})`,
      method: "POST",
      path: `/api/plans/${plans.a}/check-ins`,
      caller: "runner",
      raw,
      expect: "json-error",
    })),
    // any check-in on a plan the caller does not own (or as a physio, or anonymously)
    fc
      .record({ caller: callers, plan: planChoice, json: fc.oneof(validCheckIn, invalidCheckIn) })
      .filter(({ caller, plan }) => !owns(caller, plan))
      .map(({ caller, plan, json }): Case => ({
        label: "check-in elsewhere",
        method: "POST",
        path: `/api/plans/${idOf(plan)}/check-ins`,
        caller,
        json,
        expect: "json-error",
      })),
    // the physio list as a runner or anonymously; the data export anonymously
    fc.constantFrom<Caller>("anonymous", "runner", "other").map((caller): Case => ({
      label: "physio list",
      method: "GET",
      path: "/api/physio/patients",
      caller,
      expect: "json-error",
    })),
    query.map((q): Case => ({
      label: "export",
      method: "GET",
      path: withQuery("/api/account/export", q),
      caller: "anonymous",
      expect: "json-error",
    })),
    // two-step sign-in: runners and strangers are refused; a physio with no set-up, a wrong code or password too
    fc
      .record({
        caller: callers,
        json: fc.oneof(
          fc.record({
            step: fc.constantFrom("confirm", "disable"),
            code: fc.string({ maxLength: 12 }),
            password: fc.string({ maxLength: 40 }),
          }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      })
      .map(({ caller, json }): Case => ({
        label: "two-factor",
        method: "POST",
        path: "/api/account/two-factor",
        caller,
        json,
        expect: "json-error",
      })),
    rawBadBody.map((raw): Case => ({
      label: `two-factor body (${raw.label})`,
      method: "POST",
      path: "/api/account/two-factor",
      caller: "physio",
      raw,
      expect: "json-error",
    })),
    // calendar feed tokens that name nothing
    fc.record({ caller: callers, token: badId }).map(({ caller, token }): Case => ({
      label: "feed",
      method: "GET",
      path: `/api/calendar/${encodeURIComponent(token)}`,
      caller,
      expect: "bare-404",
    })),
    // better-auth's sign-up and sign-in with bodies it must refuse
    fc
      .record({
        endpoint: fc.constantFrom("sign-up/email", "sign-in/email"),
        caller: fc.constantFrom<Caller>("anonymous", "runner"),
        body: fc.oneof(
          badAuthBody.map((json) => ({ json })),
          rawBadBody.map((raw) => ({ raw })),
        ),
      })
      .map(({ endpoint, caller, body }): Case => ({
        label: `auth ${endpoint}`,
        method: "POST",
        path: `/api/auth/${endpoint}`,
        caller,
        ...body,
        expect: "auth-error",
      })),
  );
}
