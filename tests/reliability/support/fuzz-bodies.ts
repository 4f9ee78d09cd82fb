// Input for the fuzz test that is not what an endpoint reads: ids that name nothing, broken JSON, other
// content types, and sign-up / sign-in bodies better-auth must refuse.
import fc from "fast-check";
import { validCheckIn } from "./fuzz-check-ins";

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
