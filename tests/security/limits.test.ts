// Guessing: passwords on every sign-in path (with spoofed proxy headers), the email-sending
// endpoints, invite codes; and what 200 refused attempts at once cost the server.
import { beforeEach, describe, expect, it } from "vitest";
import { totp } from "../../e2e/support/totp";
import { cookieOf, createUser, env, newEmail, postJson, query, request, resetLimits } from "./support/client";
import { probeHealth } from "./support/health-probe";

const spoofed = (i: number) => ({ "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `198.51.100.${i}` });

beforeEach(resetLimits);

describe("password guessing", () => {
  it("stops after 5 tries on one account, whatever X-Forwarded-For claims, and then refuses the right password too", async () => {
    const { email } = await createUser();
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++)
      statuses.push(
        (await postJson("/api/auth/sign-in/email", { email, password: `wrong-${i}-guess` }, spoofed(i))).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await postJson("/api/auth/sign-in/email", { email, password: "quiet-harbour-lamp-7" }, spoofed(99));
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((right.json as { message?: string }).message).toMatch(/Wait 15 minutes/);
    expect(right.headers.getSetCookie()).toEqual([]);
  });

  it("stops after 20 failed tries from one address across many accounts, whatever X-Forwarded-For claims", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 21; i++)
      statuses.push(
        (
          await postJson(
            "/api/auth/sign-in/email",
            { email: newEmail("nobody"), password: "wrong-guess-1" },
            spoofed(i),
          )
        ).status,
      );
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("limits password reset requests and verification resends per account", async () => {
    const { email } = await createUser();
    for (const path of ["/api/auth/request-password-reset", "/api/auth/send-verification-email"]) {
      const statuses: number[] = [];
      for (let i = 1; i <= 4; i++)
        statuses.push(
          (await postJson(path, { email, redirectTo: "/en/signin", callbackURL: "/en/today" }, spoofed(i))).status,
        );
      expect(
        statuses.slice(0, 3).every((s) => s !== 429 && s < 500),
        `${path}: ${statuses}`,
      ).toBe(true);
      expect(statuses[3], path).toBe(429);
    }
  });

  it("limits sign-ups per address (and per account) like sign-in", async () => {
    const email = newEmail();
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++)
      statuses.push(
        (
          await postJson(
            "/api/auth/sign-up/email",
            { name: "Repeat", email, password: "quiet-harbour-lamp-7" },
            spoofed(i),
          )
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("refuses 200 attempts at once, and /api/health answers all the while", async () => {
    const { email } = await createUser();
    const probe = probeHealth(env().baseUrl, 4_000);
    // The probe runs in a process of its own; it is started first so its window covers the whole burst.
    await new Promise((r) => setTimeout(r, 300));
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postJson("/api/auth/sign-in/email", { email, password: `guess-${i}-wrong` }, spoofed(i)),
      ),
    );
    const health = await probe;
    expect(health.length).toBeGreaterThan(3);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(195);
    // Speed is the bench's to measure; here every probe during the burst must have had an answer.
    expect(
      health.filter((ms) => !Number.isFinite(ms)),
      `health times: ${health.map(Math.round).join(", ")}`,
    ).toEqual([]);
  });
});

describe("two-step code guessing", () => {
  it("a physio's sign-in takes at most 5 wrong codes; after that even the right code is refused, with no session", async () => {
    const physio = await createUser({ role: "physio", name: "Two-Step Physio", twoStep: false });
    const enabled = await postJson(
      "/api/auth/two-factor/enable",
      { password: "quiet-harbour-lamp-7" },
      {},
      physio.cookie,
    );
    expect(enabled.status, enabled.text).toBe(200);
    const key = new URL((enabled.json as { totpURI: string }).totpURI).searchParams.get("secret")!;
    const confirmed = await postJson("/api/auth/two-factor/verify-totp", { code: totp(key) }, {}, physio.cookie);
    expect(confirmed.status, confirmed.text).toBe(200);
    await resetLimits();

    const signIn = await postJson("/api/auth/sign-in/email", { email: physio.email, password: "quiet-harbour-lamp-7" });
    expect(signIn.json).toMatchObject({ twoFactorRedirect: true });
    const challenge = cookieOf(signIn);
    expect(challenge).not.toMatch(/session_token=[^;]/);
    // Codes from long ago are wrong now; each guess comes "from" another address.
    const statuses: number[] = [];
    for (let i = 1; i <= 7; i++)
      statuses.push(
        (
          await postJson(
            "/api/auth/two-factor/verify-totp",
            { code: totp(key, Date.now() - i * 3_600_000) },
            spoofed(i),
            challenge,
          )
        ).status,
      );
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(
      statuses.slice(5).every((s) => s === 400 || s === 429),
      `${statuses}`,
    ).toBe(true);
    const right = await postJson("/api/auth/two-factor/verify-totp", { code: totp(key) }, spoofed(99), challenge);
    expect(right.status).not.toBe(200);
    expect(right.headers.getSetCookie().some((c) => /session_token=[^;]+/.test(c) && !/Max-Age=0/.test(c))).toBe(false);
  });
});

describe("sign-up enumeration", () => {
  it("answers a new and a taken address the same way, with no session either time", async () => {
    const { email: taken } = await createUser();
    const fresh = await postJson("/api/auth/sign-up/email", {
      name: "New Runner",
      email: newEmail(),
      password: "quiet-harbour-lamp-7",
    });
    const again = await postJson("/api/auth/sign-up/email", {
      name: "New Runner",
      email: taken,
      password: "quiet-harbour-lamp-7",
    });
    expect(again.status).toBe(fresh.status);
    expect(again.json).toEqual(fresh.json);
    expect(fresh.headers.getSetCookie()).toEqual([]);
    expect(again.headers.getSetCookie()).toEqual([]);
  });
});

describe("invite code guessing", () => {
  it("after 30 wrong codes from one address, every code is refused for a while, a real one too", async () => {
    const physio = await createUser({ role: "physio", name: "Invite Physio" });
    const code = "ABCDEFGHJKMN";
    await query(`insert into invites (physio_id, code, expires_at) values ($1, $2, now() + interval '7 days')`, [
      physio.id,
      code,
    ]);
    const real = await request(`/en/invite/${code}`);
    expect(real.text).toContain("Invite Physio invites you");
    for (let i = 0; i < 30; i++) {
      const miss = await request(`/en/invite/ZZZZZZZZZZ${"23456789"[i % 8]}${"ABCDEFGH"[Math.floor(i / 8)]}`);
      expect(miss.status).toBe(200);
      expect(miss.text).not.toContain('role="alert">Too many invite codes');
    }
    for (const tried of ["ZZZZZZZZZZZZ", code]) {
      const limited = await request(`/en/invite/${tried}`);
      expect(limited.text).toContain('role="alert">Too many invite codes tried from here');
      expect(limited.text).not.toContain("Invite Physio invites you");
    }
  });
});
