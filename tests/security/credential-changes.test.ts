// A session alone (a borrowed laptop, a stolen cookie) must not be enough to take an account over:
// changing the address or password, turning off two-step sign-in and deleting the account ask for
// the current password; the old address hears of a change and can undo it for 7 days.
import { beforeEach, describe, expect, it } from "vitest";
import { PASSWORD, createUser, enrolTwoStep, newEmail, postJson, query, request, resetLimits } from "./support/client";
import { callFormAction, ACCEPTED, REFUSED } from "./support/actions";
import { localPath, mailsTo, waitForMail } from "./support/mail";

const CHANGE = /Confirm your new email address/;
const NOTICE = /was changed/;
const sessionsOf = async (id: string) =>
  (await query<{ n: number }>(`select count(*)::int as n from session where user_id = $1`, [id]))[0]!.n;
const emailOf = async (id: string) =>
  (await query<{ email: string }>(`select email from "user" where id = $1`, [id]))[0]?.email;

beforeEach(resetLimits);

// A new user changes their password; the old address gets the notice with its undo link.
async function changePassword() {
  const user = await createUser();
  const changed = await postJson(
    "/api/auth/change-password",
    { currentPassword: PASSWORD, newPassword: "another-secure-pass-2" },
    {},
    user.cookie,
  );
  expect(changed.status).toBe(200);
  return { user, notice: await waitForMail(user.email, NOTICE) };
}

describe("the current password is asked for", () => {
  it.each([
    ["no password", {}],
    ["a wrong password", { currentPassword: "not-the-password-1" }],
  ])("a change of email with %s is refused and sends nothing", async (_label, extra) => {
    const user = await createUser();
    const target = newEmail("attacker");
    const answer = await postJson("/api/auth/change-email", { newEmail: target, ...extra }, {}, user.cookie);
    expect(answer.status, answer.text).toBe(400);
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailsTo(target)).toEqual([]);
  });

  it("turning off two-step sign-in without the password is refused", async () => {
    const runner = await createUser();
    const { cookie } = await enrolTwoStep(runner.cookie);
    const answer = await postJson("/api/auth/two-factor/disable", {}, {}, cookie);
    expect(answer.status).toBe(400);
  });

  it("an approved physio cannot turn two-step sign-in off, even with the password", async () => {
    const physio = await createUser({ role: "physio", name: `Two Off ${Date.now()}` });
    const answer = await postJson("/api/auth/two-factor/disable", { password: PASSWORD }, {}, physio.cookie);
    expect(answer.status, answer.text).toBe(403);
    const [row] = await query<{ on: boolean }>(`select two_factor_enabled as on from "user" where id = $1`, [
      physio.id,
    ]);
    expect(row?.on).toBe(true);
  });

  it("deleting the account needs the password as well as the confirming word", async () => {
    const user = await createUser();
    const without = await callFormAction("deleteAccountAction", { confirm: "DELETE", locale: "en" }, user.cookie);
    expect(without.text).toMatch(REFUSED);
    const wrong = await callFormAction(
      "deleteAccountAction",
      { confirm: "DELETE", confirmPassword: "not-the-password-1", locale: "en" },
      user.cookie,
    );
    expect(wrong.text).toMatch(REFUSED);
    expect(await emailOf(user.id)).toBe(user.email);
    const right = await callFormAction(
      "deleteAccountAction",
      { confirm: "DELETE", confirmPassword: PASSWORD, locale: "en" },
      user.cookie,
    );
    expect(right.status).toBeLessThan(400);
    expect(await emailOf(user.id)).toBeUndefined();
  });
});

describe("the old address is told, and can undo", () => {
  it("a change of email: notice to the old address; its link puts the address back and ends every session", async () => {
    const user = await createUser();
    const moved = newEmail("moved");
    expect(
      (await postJson("/api/auth/change-email", { newEmail: moved, currentPassword: PASSWORD }, {}, user.cookie))
        .status,
    ).toBe(200);
    await request(localPath((await waitForMail(moved, CHANGE)).link), { cookie: user.cookie });
    expect(await emailOf(user.id)).toBe(moved);

    const notice = await waitForMail(user.email, NOTICE);
    expect(notice.text).not.toContain(moved);
    const page = await request(localPath(notice.link));
    expect(page.status).toBe(200);
    expect(await emailOf(user.id), "opening the link alone changes nothing").toBe(moved);
    const token = new URL(notice.link).searchParams.get("token")!;
    const undone = await callFormAction("undoAccountChangeAction", { token, locale: "en" });
    expect(undone.text).toMatch(ACCEPTED);
    expect(await emailOf(user.id)).toBe(user.email);
    expect(await sessionsOf(user.id)).toBe(0);
    // …and the owner gets a link to choose a new password at the address put back.
    await waitForMail(user.email, /Set a new password/);
    // Once only.
    expect((await callFormAction("undoAccountChangeAction", { token, locale: "en" })).text).toMatch(REFUSED);
  });

  it("a change of password: the notice's undo link ends every session", async () => {
    const { user, notice } = await changePassword();
    expect(await sessionsOf(user.id)).toBeGreaterThan(0);
    const token = new URL(notice.link).searchParams.get("token")!;
    expect((await callFormAction("undoAccountChangeAction", { token, locale: "en" })).text).toMatch(ACCEPTED);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("a change of password: notice with an undo link that ends every session; it expires after 7 days", async () => {
    const { user, notice } = await changePassword();
    const token = new URL(notice.link).searchParams.get("token")!;
    const [kept] = await query<{ days: number }>(
      `select round(extract(epoch from expires_at - now()) / 86400)::int as days from verification where identifier like 'undo-change:%' and value like $1`,
      [`%${user.id}%`],
    );
    expect(kept?.days).toBe(7);
    await query(
      `update verification set expires_at = now() - interval '1 minute' where identifier like 'undo-change:%' and value like $1`,
      [`%${user.id}%`],
    );
    expect((await callFormAction("undoAccountChangeAction", { token, locale: "en" })).text).toMatch(REFUSED);
    expect(await sessionsOf(user.id)).toBeGreaterThan(0);
  });
});
