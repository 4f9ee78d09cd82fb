// Links sent by email (a password reset, an address confirmation) stop working as soon as the
// account's password or address changes: an old link in a mailbox is no way back in.
import { beforeEach, describe, expect, it } from "vitest";
import { PASSWORD, createUser, newEmail, postJson, query, request, resetLimits } from "./support/client";
import { localPath, waitForMail } from "./support/mail";

const RESET = /Set a new password/;
const CONFIRM = /Confirm your email address/;
const CHANGE = /Confirm your new email address/;
const NEW_PASSWORD = "another-secure-pass-2";

beforeEach(resetLimits);

async function resetTokenFor(email: string): Promise<string> {
  const asked = await postJson("/api/auth/request-password-reset", { email, redirectTo: "/en/reset-password" });
  expect(asked.status, asked.text).toBe(200);
  const mail = await waitForMail(email, RESET);
  return new URL(mail.link).searchParams.get("token")!;
}

const signInStatus = async (email: string, password: string) =>
  (await postJson("/api/auth/sign-in/email", { email, password })).status;

describe("a password change", () => {
  it("ends a reset link sent before it", async () => {
    const user = await createUser();
    const token = await resetTokenFor(user.email);
    const changed = await postJson(
      "/api/auth/change-password",
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, revokeOtherSessions: true },
      {},
      user.cookie,
    );
    expect(changed.status, changed.text).toBe(200);
    const reset = await postJson("/api/auth/reset-password", { token, newPassword: "attacker-chosen-pass-9" });
    expect(reset.status, reset.text).toBe(400);
    await resetLimits();
    expect(await signInStatus(user.email, "attacker-chosen-pass-9")).toBe(401);
    expect(await signInStatus(user.email, NEW_PASSWORD)).toBe(200);
  });

  it("ends an address confirmation link sent before it", async () => {
    const user = await createUser();
    const confirm = await waitForMail(user.email, CONFIRM);
    // A second of distance: a link is dated to the second.
    await new Promise((r) => setTimeout(r, 1_100));
    const changed = await postJson(
      "/api/auth/change-password",
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      {},
      user.cookie,
    );
    expect(changed.status, changed.text).toBe(200);
    const opened = await request(localPath(confirm.link));
    expect(opened.headers.get("location") ?? "").toMatch(/error=INVALID_TOKEN/);
    expect(opened.headers.getSetCookie().some((c) => /session_token=[^;]+/.test(c) && !/Max-Age=0/.test(c))).toBe(
      false,
    );
    const [row] = await query<{ email_verified: boolean }>(`select email_verified from "user" where id = $1`, [
      user.id,
    ]);
    expect(row!.email_verified).toBe(false);
  });

  it("leaves a reset link asked for afterwards working (the positive control)", async () => {
    const user = await createUser();
    const token = await resetTokenFor(user.email);
    const reset = await postJson("/api/auth/reset-password", { token, newPassword: NEW_PASSWORD });
    expect(reset.status, reset.text).toBe(200);
    expect(await signInStatus(user.email, NEW_PASSWORD)).toBe(200);
  });
});

describe("an email change", () => {
  it("ends a reset link sent to the old address before it", async () => {
    const user = await createUser();
    const token = await resetTokenFor(user.email);
    const moved = newEmail("moved");
    const asked = await postJson(
      "/api/auth/change-email",
      { newEmail: moved, currentPassword: PASSWORD, callbackURL: "/en/account" },
      {},
      user.cookie,
    );
    expect(asked.status, asked.text).toBe(200);
    const change = await waitForMail(moved, CHANGE);
    await request(localPath(change.link), { cookie: user.cookie });
    await resetLimits();
    expect(await signInStatus(moved, PASSWORD)).toBe(200);
    const reset = await postJson("/api/auth/reset-password", { token, newPassword: "attacker-chosen-pass-9" });
    expect(reset.status, reset.text).toBe(400);
    expect(await signInStatus(moved, PASSWORD)).toBe(200);
  });
});
