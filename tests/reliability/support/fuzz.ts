// Generators of bad input for the fuzz test: check-ins broken in one way or several, ids that name
// nothing, bodies that are not JSON at all, and the route and action tables they are sent to.
import fs from "node:fs";
import path from "node:path";
import { addDays, format, parseISO } from "date-fns";
import fc from "fast-check";
import { CheckIn } from "@/lib/engine";
import { daysAgo, today } from "./db";

// ---------- routes ----------

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

// ---------- ids ----------

/** A path segment that names nothing (or nothing the caller may see); never "." or "..", which the URL would fold away. */
export const badId = fc
  .oneof(
    fc.uuid(),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      "null",
      "undefined",
      "0",
      "-1",
      "NaN",
      "' or '1'='1",
      "1; drop table plans; --",
      "%00",
      "<script>alert(1)</script>",
      "00000000-0000-0000-0000-000000000000",
      "😀",
      "a".repeat(3_000),
    ),
    fc.uuid().map((u) => `${u}x`),
    fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 }),
  )
  .filter((s) => !/^\.+$/.test(s.trim()) && s.trim().length > 0);

// ---------- check-ins ----------

const fields = [
  "date",
  "painRest",
  "painDuring",
  "painAfter",
  "painMorning",
  "sessionKind",
  "minutes",
  "completed",
  "rpe",
  "soreness",
  "swelling",
  "nightPain",
  "limping",
  "boneTenderness",
  "sleepHours",
  "restingHr",
  "painfulActivities",
  "readiness",
] as const;
const painFields = ["painRest", "painDuring", "painAfter", "painMorning"] as const;

const huge = (n: number) => fc.constantFrom("x", "é", "0", " ", "😀").map((c) => c.repeat(n));

/** A value of the wrong type for nearly any field. */
const wrongType = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  huge(5_000),
);

const outOfRangePain = fc.oneof(
  fc.integer({ min: 11, max: 1e9 }),
  fc.integer({ min: -1e9, max: -1 }),
  fc.double({ min: 0.01, max: 9.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
  fc.constant(1e308),
  fc.constant(-0.5),
);

const badDate = fc.oneof(
  fc.integer({ min: 1, max: 3_000 }).map((d) => format(addDays(parseISO(today()), d), "yyyy-MM-dd")), // the future
  fc.integer({ min: 8, max: 40_000 }).map((d) => daysAgo(d)), // too long ago, back to the 1900s
  fc.constantFrom(
    "0001-01-01",
    "1900-01-01",
    "9999-12-31",
    "2025-02-30",
    "2025-13-01",
    "2025-00-10",
    "2025-1-1",
    "20250101",
    "yesterday",
    "",
    "today",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

export const validCheckIn = fc
  .record({
    day: fc.integer({ min: 0, max: 6 }),
    pains: fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    ),
    minutes: fc.integer({ min: 0, max: 90 }),
    rpe: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ day, pains, minutes, rpe }) => ({
    date: daysAgo(day),
    painRest: pains[0],
    painDuring: pains[1],
    painAfter: pains[2],
    painMorning: pains[3],
    sessionKind: "cross_training",
    minutes,
    completed: true,
    rpe,
    swelling: false,
    nightPain: false,
    limping: false,
    boneTenderness: false,
  }));

type Mutation = (body: Record<string, unknown>) => fc.Arbitrary<unknown>;

const mutations: Mutation[] = [
  // a field of the wrong type
  (b) => fc.tuple(fc.constantFrom(...fields), wrongType).map(([f, v]) => ({ ...b, [f]: v })),
  // a pain score out of range (or not a whole number)
  (b) => fc.tuple(fc.constantFrom(...painFields), outOfRangePain).map(([f, v]) => ({ ...b, [f]: v })),
  // other numbers out of range
  (b) =>
    fc.oneof(
      fc.integer({ min: 601, max: 1e7 }).map((v) => ({ ...b, minutes: v })),
      fc.integer({ min: -1e7, max: -1 }).map((v) => ({ ...b, minutes: v })),
      fc.oneof(fc.integer({ min: 11, max: 1e6 }), fc.integer({ min: -1e6, max: 0 })).map((v) => ({ ...b, rpe: v })),
      fc
        .oneof(fc.double({ min: 24.01, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.01, noNaN: true }))
        .map((v) => ({ ...b, sleepHours: v })),
      fc
        .oneof(fc.integer({ min: 221, max: 1e6 }), fc.integer({ min: -1e6, max: 24 }))
        .map((v) => ({ ...b, restingHr: v })),
    ),
  // a date in the future, too long ago or not a date
  (b) => badDate.map((d) => ({ ...b, date: d })),
  // required fields missing
  (b) =>
    fc
      .subarray(
        [
          "date",
          "painRest",
          "painDuring",
          "painAfter",
          "painMorning",
          "sessionKind",
          "minutes",
          "completed",
          "swelling",
          "nightPain",
          "limping",
          "boneTenderness",
          "rpe",
        ],
        { minLength: 1 },
      )
      .map((drop) => Object.fromEntries(Object.entries(b).filter(([k]) => !drop.includes(k)))),
  // enums with unknown values, a huge string among them
  (b) =>
    fc.oneof(
      fc.oneof(fc.string({ maxLength: 30 }), huge(12_000)).map((v) => ({ ...b, sessionKind: v })),
      fc.string({ maxLength: 30 }).map((v) => ({ ...b, sessionKind: "run", soreness: v })),
      fc
        .array(fc.string({ maxLength: 15 }), { minLength: 1, maxLength: 5 })
        .map((v) => ({ ...b, painfulActivities: v })),
      fc.constant({ ...b, sessionKind: "run", soreness: undefined }),
      fc.constant({ ...b, rpe: undefined }),
      fc.record({ hop: fc.record({ pain: fc.integer({ min: 0, max: 10 }) }) }).map((v) => ({ ...b, readiness: v })),
      fc
        .record({
          walk: fc.record({ minutes: fc.integer({ min: 301, max: 1e6 }), pain: fc.integer({ min: 0, max: 10 }) }),
        })
        .map((v) => ({ ...b, readiness: v })),
    ),
  // not an object at all
  () =>
    fc.oneof(
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.string({ maxLength: 30 }),
      fc.double(),
      fc.boolean(),
      fc.constant([{}]),
      fc.constant({}),
    ),
  // everything else generated freely
  () => fc.object({ maxDepth: 2, maxKeys: 6 }),
];

/** A check-in the server must refuse: broken by one to three mutations of a valid one. */
export const invalidCheckIn: fc.Arbitrary<unknown> = fc
  .tuple(validCheckIn, fc.array(fc.nat({ max: mutations.length - 1 }), { minLength: 1, maxLength: 3 }))
  .chain(([valid, picks]) =>
    picks.reduce<fc.Arbitrary<unknown>>(
      (arb, i) =>
        arb.chain((b) =>
          b && typeof b === "object" && !Array.isArray(b)
            ? mutations[i]!(b as Record<string, unknown>)
            : fc.constant(b),
        ),
      fc.constant(valid),
    ),
  )
  .filter((body) => !wouldBeAccepted(body));

/** What the server accepts: the engine's schema, and a date from a week ago up to today. */
export function wouldBeAccepted(body: unknown): boolean {
  const parsed = CheckIn.safeParse(body);
  return parsed.success && parsed.data.date <= today() && parsed.data.date >= daysAgo(7);
}

// ---------- raw bodies ----------

export type RawBody = { label: string; contentType?: string; body: string | FormData | URLSearchParams };

/** Bodies that are not a JSON object under application/json: broken JSON, other content types. */
export const rawBadBody: fc.Arbitrary<RawBody> = fc.oneof(
  validCheckIn.chain((c) =>
    fc.nat({ max: JSON.stringify(c).length - 2 }).map((n) => ({
      label: "truncated JSON",
      contentType: "application/json",
      body: JSON.stringify(c).slice(0, n + 1),
    })),
  ),
  fc
    .string({ maxLength: 50 })
    .filter((s) => !isJson(s))
    .map((s) => ({ label: "not JSON", contentType: "application/json", body: s })),
  fc
    .constantFrom(
      "{",
      "}",
      "[",
      "{'date': 1}",
      "NaN",
      "undefined",
      '{"a":}',
      "\u0000",
      "﻿{}x",
      '{"date":"2025-01-01",}',
    )
    .map((s) => ({ label: "broken JSON", contentType: "application/json", body: s })),
  fc.string({ maxLength: 30 }).map((s) => ({ label: "empty/garbage without a content type", body: `${s}\u0001` })),
  validCheckIn.map((c) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(c)) form.append(k, String(v));
    return { label: "multipart form", body: form };
  }),
  validCheckIn.map((c) => ({
    label: "url-encoded form",
    body: new URLSearchParams(Object.entries(c).map(([k, v]) => [k, String(v)])),
  })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({
    label: "binary",
    contentType: "application/octet-stream",
    body: Buffer.from(bytes).toString("latin1") + "\u0000",
  })),
);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// ---------- sign-up / sign-in bodies ----------

const notAnEmail = fc.oneof(
  fc.string({ maxLength: 30 }).filter((s) => !s.includes("@")),
  fc.constantFrom("@", "a@", "@b.c", "a b@c.d", "", "a@b@c.d"),
  fc.integer(),
);

/** Sign-up and sign-in bodies better-auth must refuse (each broken in a way that cannot pass). */
export const badAuthBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 20 }),
    email: notAnEmail,
    password: fc.string({ minLength: 8, maxLength: 20 }),
  }),
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 20 }),
    email: fc.emailAddress(),
    password: fc.oneof(fc.string({ maxLength: 7 }), fc.string({ minLength: 129, maxLength: 300 })),
  }),
  fc.record({ name: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
  fc.record({ email: fc.emailAddress() }),
  fc.record({
    name: fc.string({ maxLength: 20 }),
    email: fc.oneof(fc.constant(null), fc.array(fc.emailAddress(), { maxLength: 2 }), fc.integer()),
    password: fc.string({ minLength: 8, maxLength: 20 }),
  }),
  fc.record({
    name: fc.string({ maxLength: 20 }),
    email: fc.emailAddress(),
    password: fc.oneof(fc.constant(null), fc.integer(), fc.array(fc.string())),
  }),
  fc.oneof(fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.string({ maxLength: 20 }), fc.integer()),
);
