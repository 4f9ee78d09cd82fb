import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { clientAddressOf, trustedProxyHops } from "@/lib/security/client-address";
import {
  hitRateLimit,
  rateLimitKey,
  settleSignInSuccess,
  settleTwoStepSuccess,
  SIGN_IN_LIMITS,
} from "@/lib/security/rate-limit";
import { clientIpOf } from "@/lib/security/client-address";
import { createTestDatabase } from "../setup/test-db";
import { claimSignInAttempt } from "../support/sign-in-attempt";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const rule = { max: 5, windowSeconds: 15 * 60 };
const t0 = new Date("2026-11-21T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("fixed-window counter", () => {
  it("allows five attempts in the window and refuses the sixth", async () => {
    const hits = [];
    for (let i = 0; i < 6; i++) hits.push(await hitRateLimit(db, "test:six", rule, minutes(i)));
    expect(hits.map((h) => h.count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, true, true, false]);
    expect(hits[5]!.resetAt.toISOString()).toBe(minutes(15).toISOString());
    expect(hits[5]!.retryAfterSeconds).toBe(10 * 60);
  });

  it("starts a new window once the old one is over", async () => {
    for (let i = 0; i < 7; i++) await hitRateLimit(db, "test:window", rule, minutes(1));
    const after = await hitRateLimit(db, "test:window", rule, minutes(16));
    expect(after).toMatchObject({ count: 1, allowed: true });
    expect(after.resetAt.toISOString()).toBe(minutes(31).toISOString());
  });

  it("counts concurrent attempts exactly once each", async () => {
    const hits = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(db, "test:concurrent", rule, t0)));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(hits.filter((h) => h.allowed)).toHaveLength(5);
  });
});

describe("sign-in attempts", () => {
  const source = { email: "Runner@Example.test", ip: "203.0.113.7" };

  it("refuse the sixth attempt for one email with the minutes to wait, then allow after the window", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.max; i++) await claimSignInAttempt(db, source, minutes(i));
    const error = await refusal(claimSignInAttempt(db, { ...source, email: "runner@example.test" }, minutes(5)));
    expect(error.messageKey).toBe("errors.signInLimited");
    expect(error.details).toMatchObject({ minutes: 10 });
    await expect(claimSignInAttempt(db, source, minutes(16))).resolves.toBeUndefined();
  });

  it("refuse one address after five wrong tries on an account, but not the owner at another address", async () => {
    const owner = { email: "owner@example.test", ip: "203.0.113.20" };
    const stranger = { email: owner.email, ip: "198.51.100.20" };
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.max; i++) await claimSignInAttempt(db, stranger, t0);
    await refusal(claimSignInAttempt(db, stranger, t0));
    await expect(claimSignInAttempt(db, owner, t0)).resolves.toBeUndefined();
  });

  it("refuse an account from anywhere at its ceiling, counting only attempts the other limits let through", async () => {
    const email = "ceiling@example.test";
    const locked: string[] = [];
    const attempt = (ip: string) =>
      claimSignInAttempt(db, { email, ip }, t0, (account) => locked.push(account)).then(
        () => "ok",
        () => "refused",
      );
    // Refused attempts at one address (the 6th to 40th) do not bring the ceiling closer.
    const first = [];
    for (let i = 0; i < 40; i++) first.push(await attempt("192.0.2.1"));
    expect(first.filter((a) => a === "ok")).toHaveLength(SIGN_IN_LIMITS.accountAddress.max);
    expect(locked).toEqual([email]);
    const spread = [];
    for (let n = 2; n <= 10; n++) for (let i = 0; i < 5; i++) spread.push(await attempt(`192.0.2.${n}`));
    expect(spread.every((a) => a === "ok")).toBe(true);
    expect(await attempt("192.0.2.99")).toBe("refused");
    // Once for the first address's lock, once for the ceiling: each counter tells when it first refuses.
    expect(locked).toEqual([email, email]);
    // The ceiling is an hour; the pair's 15 minutes are over by then.
    await expect(claimSignInAttempt(db, { email, ip: "192.0.2.99" }, minutes(61))).resolves.toBeUndefined();
  });

  it("a success clears the email's count", async () => {
    const other = { email: "someone@example.test", ip: "203.0.113.8" };
    for (let i = 0; i < 4; i++) await claimSignInAttempt(db, other, t0);
    await settleSignInSuccess(db, other);
    for (let i = 0; i < 5; i++) await claimSignInAttempt(db, other, t0);
    await refusal(claimSignInAttempt(db, other, t0));
  });

  it("refuse many accounts tried from one address", async () => {
    const ip = "198.51.100.1";
    for (let i = 0; i < SIGN_IN_LIMITS.ip.max; i++)
      await claimSignInAttempt(db, { email: `user${i}@example.test`, ip }, t0);
    await refusal(claimSignInAttempt(db, { email: "fresh@example.test", ip }, t0));
  });

  it("store no email address or IP in the clear", async () => {
    const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).join(" ");
    expect(keys).not.toMatch(/example\.test|203\.0\.113/);
    expect(rateLimitKey("signin:email", " A@B.test ")).toBe(rateLimitKey("signin:email", "a@b.test"));
  });
});

describe("two-step codes", () => {
  // The per-address limit of the two-step endpoints (lib/security/auth-limits.ts): 10 per 15 minutes.
  const totp = { max: 10, windowSeconds: 15 * 60 };
  const ip = "198.51.100.23";

  it("a right code gives its attempt back: wrong guesses still stop at ten, right codes never run out", async () => {
    const key = rateLimitKey("totp:ip", ip);
    const now = new Date();
    for (let i = 0; i < 30; i++) {
      expect((await hitRateLimit(db, key, totp, now)).allowed).toBe(true);
      await settleTwoStepSuccess(db, ip);
    }
    const guesses = [];
    for (let i = 0; i < 11; i++) guesses.push((await hitRateLimit(db, key, totp, now)).allowed);
    expect(guesses.filter(Boolean)).toHaveLength(10);
    expect(guesses.at(-1)).toBe(false);
  });
});

describe("client address", () => {
  it.each([
    // no trusted proxy: the socket, whatever the headers say
    ["203.0.113.9", "6.6.6.6, 7.7.7.7", 0, "203.0.113.9"],
    ["::ffff:203.0.113.9", undefined, 0, "203.0.113.9"],
    [undefined, "6.6.6.6", 0, "unknown"],
    // one trusted proxy: the entry it appended (the last); what the client wrote before it is ignored
    ["10.0.0.2", "6.6.6.6, 192.0.2.2", 1, "192.0.2.2"],
    // two: the entry the outer proxy appended, second from the right
    ["10.0.0.2", "6.6.6.6, 192.0.2.3, 10.0.0.1", 2, "192.0.2.3"],
    // fewer entries than proxies (the request skipped them): the socket
    ["10.0.0.2", "", 1, "10.0.0.2"],
    ["10.0.0.2", "not-an-address", 1, "10.0.0.2"],
  ])("socket %s, X-Forwarded-For %j, %i trusted → %s", (peer, forwarded, hops, expected) => {
    expect(clientAddressOf(peer, forwarded, hops)).toBe(expected);
  });

  it("inside the app reads only the header our server wrote", () => {
    expect(
      clientIpOf(
        new Headers({ "x-comeback-client-ip": "192.0.2.7", "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" }),
      ),
    ).toBe("192.0.2.7");
    expect(clientIpOf(new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" }))).toBe("unknown");
  });

  it.each([
    ["", 0],
    ["2", 2],
    ["-1", 0],
    ["1.5", 0],
    ["lots", 0],
  ])("TRUSTED_PROXY_HOPS=%j → %i", (value, hops) => {
    expect(trustedProxyHops(value)).toBe(hops);
  });
});
