// Passwords an attacker tries first: the address itself, the person's name, the app's own demo
// password, a common word with a year; and physios, who hold other people's health data, need 12+.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { newEmail, postJson, query, resetLimits } from "./support/client";
import { callFormAction, REFUSED } from "./support/actions";

beforeEach(resetLimits);

const signUp = (body: Record<string, string>) => postJson("/api/auth/sign-up/email", body);
const exists = async (email: string) => (await query(`select id from "user" where email = $1`, [email])).length > 0;

describe("sign-up refuses", () => {
  it.each([
    ["the email address as password", (email: string) => email],
    ["the name in the password", () => "marloesjansen2026"],
    ["the app's published demo password", () => "comeback-demo"],
    ["a common word with a year", () => "zomer2026!!"],
    ["an English one too", () => "summer2026!!"],
  ])("%s", async (_label, password) => {
    const email = newEmail(`pw-${randomUUID().slice(0, 4)}`);
    const answer = await signUp({ name: "Marloes Jansen", email, password: password(email) });
    expect(answer.status, answer.text).toBe(400);
    expect(await exists(email)).toBe(false);
  });

  it("and takes a long unrelated passphrase (the positive control)", async () => {
    const email = newEmail("pw-ok");
    const answer = await signUp({ name: "Marloes Jansen", email, password: "knee back on the trail" });
    expect(answer.status, answer.text).toBe(200);
    expect(await exists(email)).toBe(true);
  });
});

describe("a physio's password", () => {
  it("needs 12 characters or more", async () => {
    const email = newEmail("pw-physio");
    const fields = {
      name: `Physio ${randomUUID().slice(0, 6)}`,
      email,
      timeZone: "Europe/Amsterdam",
      locale: "en",
      bigNumber: "19012345601",
      practice: "Practice",
    };
    const short = await callFormAction("physioSignUpAction", { ...fields, password: "trail-knee1" });
    expect(short.text).toMatch(REFUSED);
    expect(await exists(email)).toBe(false);
    await callFormAction("physioSignUpAction", { ...fields, password: "trail-knee-back" });
    expect(await exists(email)).toBe(true);
  });
});
