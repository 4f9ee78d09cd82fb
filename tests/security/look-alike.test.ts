// A physio look-alike: a name that reads as a real physio's (a Cyrillic "е" in "Femke"), with her BIG
// number. Names are compared by their Unicode confusable skeleton (UTS #39), and the operator's
// approve-physio refuses a BIG number in use and shows look-alikes, mixed scripts and an unconfirmed
// address before it approves.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PASSWORD, createUser, newEmail, postJson, query, resetLimits } from "./support/client";
import { admin, physioStatusOf } from "./support/admin";

const tag = randomUUID().slice(0, 6).replace(/\d/g, "x");
const REAL = `Femke Vries ${tag}`;
// Cyrillic "е" (U+0435) and "о" (U+043E) in place of the Latin letters.
const LOOK_ALIKE = `F\u0435mke Vries ${tag}`;
const big = () => `9${String(Date.now()).slice(-7)}${Math.floor(Math.random() * 900 + 100)}`;
let real: { id: string; email: string };
let realBig: string;

beforeAll(async () => {
  await resetLimits();
  real = await createUser({ role: "physio", name: REAL });
  realBig = big();
  await query(`update physio_profiles set big_number = $2 where user_id = $1`, [real.id, realBig]);
});
beforeEach(resetLimits);

describe("a look-alike of a physio's name", () => {
  it("cannot sign up with it", async () => {
    const email = newEmail("lookalike");
    const answer = await postJson("/api/auth/sign-up/email", { name: LOOK_ALIKE, email, password: PASSWORD });
    expect(answer.status, answer.text).toBe(400);
    expect(await query(`select id from "user" where email = $1`, [email])).toEqual([]);
  });

  it("cannot take it later either", async () => {
    const other = await createUser({ name: `Piet ${tag}` });
    const answer = await postJson(
      "/api/auth/update-user",
      { name: `F\u0435mk\u0435 Vri\u0435s ${tag}` },
      {},
      other.cookie,
    );
    expect(answer.status, answer.text).toBe(400);
  });
});

describe("approve-physio", () => {
  it("refuses a BIG number already in use, and shows the look-alike, the mixed scripts and the unconfirmed address", async () => {
    // Staged as it was before names were compared by skeleton: a pending account with the look-alike name.
    const fake = await createUser({ role: "physio", name: `Fake ${tag}` });
    await query(`update "user" set name = $2 where id = $1`, [fake.id, LOOK_ALIKE]);
    await query(`update physio_profiles set status = 'pending', big_number = $2 where user_id = $1`, [
      fake.id,
      realBig,
    ]);
    const refused = await admin("approve-physio", fake.email, "--yes");
    expect(refused.code, refused.out).not.toBe(0);
    expect(refused.out).toMatch(new RegExp(`BIG number ${realBig} is already in use.*${real.email}`, "s"));
    expect(refused.out).toMatch(new RegExp(`looks like.*${real.email}`, "s"));
    expect(refused.out).toMatch(/mixes scripts: Cyrillic, Latin/);
    expect(refused.out).toMatch(/not confirmed/);
    expect(await physioStatusOf(fake.id)).toBe("pending");
  });

  it("stops at a look-alike name even with its own BIG number, until the operator adds --yes", async () => {
    const fake = await createUser({ role: "physio", name: `Other ${tag}` });
    await query(`update "user" set name = $2, email_verified = true where id = $1`, [fake.id, LOOK_ALIKE]);
    await query(`update physio_profiles set status = 'pending', big_number = $2 where user_id = $1`, [fake.id, big()]);
    const stopped = await admin("approve-physio", fake.email);
    expect(stopped.code, stopped.out).not.toBe(0);
    expect(stopped.out).toMatch(/--yes/);
    expect(await physioStatusOf(fake.id)).toBe("pending");
    const approved = await admin("approve-physio", fake.email, "--yes");
    expect(approved.code, approved.out).toBe(0);
    expect(await physioStatusOf(fake.id)).toBe("approved");
  });
});
