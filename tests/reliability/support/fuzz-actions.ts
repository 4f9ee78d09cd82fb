// Server actions for the fuzz test: found in the build's manifest, sent what React would send and
// worse, and the 500s that Next itself gives to bodies it cannot decode (asserted one by one).
import fs from "node:fs";
import fc from "fast-check";
import { badId } from "./fuzz-bodies";
import { invalidCheckIn, validCheckIn } from "./fuzz-check-ins";

export type Action = { id: string; name: string; page: string };

/** Every server action in the build, with a page it can be posted to (plan pages get `planId`). */
export function discoverActions(planId: string): Action[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort((a, b) => a.length - b.length)[0]!;
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[locale]", "en")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[(\w+)\]/g, (_, name: string) => (name === "planId" ? planId : `fuzz-${name}`));
    return { id, name: entry.exportedName ?? id, page: page || "/en" };
  });
}

const jsonValue = fc.jsonValue({ maxDepth: 2 });
export type ActionBody = { label: string; contentType?: string; body: string | FormData };
/** What React would send to an action, broken in every way it can be: JSON arguments, a form, garbage. */
export const actionBody = (action: Action, plans: { a: string; b: string }): fc.Arbitrary<ActionBody> =>
  fc.oneof(
    // what React sends for plain arguments: a JSON array as text/plain
    fc
      .array(jsonValue, { maxLength: 4 })
      .map((args) => ({ label: "json args", contentType: "text/plain;charset=UTF-8", body: JSON.stringify(args) })),
    action.name === "saveCheckInAction"
      ? fc
          .oneof(
            fc.tuple(fc.constant(plans.a), invalidCheckIn),
            fc.tuple(badId, fc.oneof(invalidCheckIn, validCheckIn)),
          )
          .map(([plan, checkIn]) => ({
            label: "check-in args",
            contentType: "text/plain;charset=UTF-8",
            body: JSON.stringify([plan, checkIn]),
          }))
      : fc
          .array(jsonValue, { maxLength: 2 })
          .map((args) => ({ label: "json args", contentType: "text/plain;charset=UTF-8", body: JSON.stringify(args) })),
    // what React sends for a form: multipart, with the state argument and form fields
    fc
      .record({
        fields: fc.dictionary(
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom(
              "locale",
              "planId",
              "confirm",
              "email",
              "password",
              "name",
              "step",
              "intent",
              "note",
              "body",
              "code",
              "inviteId",
              "date",
            ),
          ),
          fc.oneof(fc.string({ maxLength: 40 }), fc.constant(plans.a), fc.constant(plans.b)),
          { maxKeys: 6 },
        ),
        state: fc.option(jsonValue, { nil: undefined }),
      })
      .map(({ fields, state }) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
        if (state !== undefined) form.append("0", JSON.stringify([state, "$K1"]));
        return { label: "multipart form", body: form };
      }),
    // neither
    fc.string({ maxLength: 60 }).map((s) => ({ label: "garbage", contentType: "text/plain;charset=UTF-8", body: s })),
  );

// In React's reply format a string value starting with "$" is a reference ("$K1", "$@0"); the client
// escapes real ones as "$$". Generated JSON arguments with such strings are not valid replies.
function hasUnescapedReference(text: string): boolean {
  const walk = (v: unknown): boolean =>
    typeof v === "string"
      ? v.startsWith("$")
      : Array.isArray(v)
        ? v.some(walk)
        : v && typeof v === "object"
          ? Object.values(v).some(walk)
          : false;
  try {
    return walk(JSON.parse(text));
  } catch {
    return true;
  }
}

// The flight answer Next gives when an action request fails inside Next itself: a 500 holding only
// an error digest (the reason stays in the server log).
const BARE_FLIGHT_ERROR = /^0:\{"a":"\$@1".*\n1:E\{"digest":"\d+"\}\s*$/s;

/**
 * The 500s Next gives to malformed action requests, each asserted by its request and its answer;
 * any other 5xx fails the test.
 * 1. A body React cannot decode into arguments (text that is not a JSON array, a string value
 *    starting with an unescaped "$", a multipart body without the reply's root field) or over the body limit: decodeReply throws inside Next's
 *    action handler before any of our code runs, and Next answers its bare flight error.
 * Form actions called with something other than a form are refused by the actions themselves
 * (`isForm` in lib/http/action-result.ts), so they are no exception here.
 */
function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

export function nextOwn500(answer: { status: number; text: string }, body: ActionBody): string | undefined {
  if (answer.status !== 500) return undefined;
  const undecodable =
    body.label === "garbage" ||
    body.label === "multipart form" ||
    (typeof body.body === "string" && hasUnescapedReference(body.body));
  if (undecodable && BARE_FLIGHT_ERROR.test(answer.text)) return "body React cannot decode";
  // A body that decodes to something other than an argument list ("0", "{}", "null"): Next applies the
  // action to it and fails before our code runs, rendering the page's error boundary.
  if (typeof body.body === "string" && !isJsonArray(body.body) && answer.text.includes('"$Sreact.fragment"'))
    return "arguments that are not a list";
  return undefined;
}
