// A two-step code works once (RFC 6238 §5.2): someone who saw a code typed cannot use it again
// while it is still current.
import { beforeEach, describe, expect, it } from "vitest";
import { totp } from "../../e2e/support/totp";
import { PASSWORD, cookieOf, createUser, postJson, resetLimits } from "./support/client";

const hasSession = (cookies: string[]) => cookies.some((c) => /session_token=[^;]+/.test(c) && !/Max-Age=0/.test(c));

beforeEach(resetLimits);

describe("a used code", () => {
  it("is refused the second time, at sign-in, with no session", async () => {
    const physio = await createUser({ role: "physio", name: `Replay ${Date.now()}`, twoStep: false });
    const enabled = await postJson("/api/auth/two-factor/enable", { password: PASSWORD }, {}, physio.cookie);
    const key = new URL((enabled.json as { totpURI: string }).totpURI).searchParams.get("secret")!;
    expect((await postJson("/api/auth/two-factor/verify-totp", { code: totp(key) }, {}, physio.cookie)).status).toBe(
      200,
    );
    // The next period's code (accepted a period early): not the one just used to turn two-step on.
    const code = totp(key, Date.now(), 1);
    const challenge = async () =>
      cookieOf(await postJson("/api/auth/sign-in/email", { email: physio.email, password: PASSWORD }));

    const first = await postJson("/api/auth/two-factor/verify-totp", { code }, {}, await challenge());
    expect(first.status, first.text).toBe(200);
    expect(hasSession(first.headers.getSetCookie())).toBe(true);

    const again = await postJson("/api/auth/two-factor/verify-totp", { code }, {}, await challenge());
    expect(again.status, again.text).not.toBe(200);
    expect(hasSession(again.headers.getSetCookie())).toBe(false);
  });
});
