// An address confirmation link confirms the address and nothing more: it never hands out a session,
// so it cannot skip a password or the second step of sign-in; and only a physio whose address is
// confirmed can be approved.
import { beforeEach, describe, expect, it } from "vitest";
import { totp } from "../../e2e/support/totp";
import { PASSWORD, cookieOf, createUser, postJson, query, request, resetLimits } from "./support/client";
import { admin, physioStatusOf } from "./support/admin";
import { localPath, waitForMail } from "./support/mail";

const CONFIRM = /Confirm your email address/;
const hasSession = (cookies: string[]) => cookies.some((c) => /session_token=[^;]+/.test(c) && !/Max-Age=0/.test(c));

beforeEach(resetLimits);

async function openFreshLink(email: string) {
  const before = Date.now();
  const sent = await postJson("/api/auth/send-verification-email", { email, callbackURL: "/en/physio" });
  expect(sent.status, sent.text).toBe(200);
  const mail = await waitForMail(email, CONFIRM);
  expect(mail.date!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  return request(localPath(mail.link));
}

describe("a confirmation link", () => {
  it("gives no session to a physio with two-step sign-in, signed out, with no password and no code", async () => {
    const physio = await createUser({ role: "physio", name: `Two Step ${Date.now()}`, twoStep: false });
    const enabled = await postJson("/api/auth/two-factor/enable", { password: PASSWORD }, {}, physio.cookie);
    expect(enabled.status, enabled.text).toBe(200);
    const key = new URL((enabled.json as { totpURI: string }).totpURI).searchParams.get("secret")!;
    expect((await postJson("/api/auth/two-factor/verify-totp", { code: totp(key) }, {}, physio.cookie)).status).toBe(
      200,
    );
    await resetLimits();

    const opened = await openFreshLink(physio.email);
    expect(opened.status).toBeLessThan(400);
    expect(hasSession(opened.headers.getSetCookie())).toBe(false);
    const api = await request("/api/physio/patients", { cookie: cookieOf(opened) });
    expect(api.status).toBe(401);
    const [row] = await query<{ email_verified: boolean }>(`select email_verified from "user" where id = $1`, [
      physio.id,
    ]);
    expect(row!.email_verified, "the address is confirmed all the same").toBe(true);
  });

  it("gives no session to a runner either", async () => {
    const runner = await createUser();
    const opened = await openFreshLink(runner.email);
    expect(hasSession(opened.headers.getSetCookie())).toBe(false);
  });
});

describe("approving a physio", () => {
  it("is refused while the physio's address is unconfirmed, and works once it is", async () => {
    const physio = await createUser({ role: "physio", name: `Unconfirmed ${Date.now()}` });
    await query(`update physio_profiles set status = 'pending', big_number = $2 where user_id = $1`, [
      physio.id,
      String(Date.now()).slice(-11).padStart(11, "1"),
    ]);
    const refused = await admin("approve-physio", physio.email, "--yes");
    expect(refused.code, refused.out).not.toBe(0);
    expect(refused.out).toMatch(/not confirmed/i);
    expect(await physioStatusOf(physio.id)).toBe("pending");

    await query(`update "user" set email_verified = true where id = $1`, [physio.id]);
    const approved = await admin("approve-physio", physio.email, "--yes");
    expect(approved.code, approved.out).toBe(0);
    expect(await physioStatusOf(physio.id)).toBe("approved");
  });
});
