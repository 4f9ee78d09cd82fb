// A targeted lockout: five wrong passwords from anywhere used to lock a known account for everyone,
// its owner included, as often as a stranger liked. Now one address's guesses lock that address out
// of that account; the account as a whole stops only at a slower, larger ceiling; and the owner is
// told by email (at most once a day, in their language, with no health data).
import { beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, createUser, postJson, query, resetLimits } from "./support/client";
import { postJsonFrom } from "./support/from-address";
import { mailsTo } from "./support/mail";

let owner: { email: string; id: string };
const wrong = (n: number) => ({ email: owner.email, password: `not-the-password-${n}` });
const right = () => ({ email: owner.email, password: PASSWORD });
const noticeMails = async () =>
  (await mailsTo(owner.email)).filter((m) => /probeerde in te loggen|tried to sign in/i.test(m.subject ?? ""));

async function guessFrom(address: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++)
    statuses.push((await postJsonFrom(address, "/api/auth/sign-in/email", wrong(i))).status);
  return statuses;
}

beforeAll(async () => {
  await resetLimits();
  owner = await createUser({ name: "Sanne Lockhart" });
  await query(`update "user" set locale = 'nl' where id = $1`, [owner.id]);
});

describe("wrong passwords from a stranger's address", () => {
  it("lock that address out of the account, and the owner still signs in from their own", async () => {
    expect(await guessFrom("127.0.0.2", 6)).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await postJsonFrom("127.0.0.2", "/api/auth/sign-in/email", right())).status).toBe(429);
    const own = await postJson("/api/auth/sign-in/email", right());
    expect(own.status, own.text).toBe(200);
  });

  it("tell the owner once, by email in their language, without health data, however often it is repeated", async () => {
    const deadline = Date.now() + 20_000;
    while ((await noticeMails()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const [notice] = await noticeMails();
    expect(notice?.subject).toBe("Iemand probeerde in te loggen op je Comeback-account");
    expect(notice?.text).toMatch(/Hoi Sanne Lockhart/);
    expect(notice?.text).not.toMatch(/127\.0\.0|pijn|blessure|fase/i);
    expect(await guessFrom("127.0.0.3", 6)).toEqual([401, 401, 401, 401, 401, 429]);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await noticeMails()).toHaveLength(1);
  });

  it("stop the account from anywhere at the ceiling, counting only the tries each address was allowed", async () => {
    // 5 wrong tries were let through from each of 127.0.0.2 and .3; the owner's success gave none back.
    // The README's limits: 5 per account and address, 50 an hour per account (SIGN_IN_LIMITS).
    const perAddress = 5;
    const addresses = (50 - 2 * perAddress) / perAddress;
    for (let n = 0; n < addresses; n++)
      expect(await guessFrom(`127.0.0.${10 + n}`, perAddress)).toEqual(Array(perAddress).fill(401));
    expect((await postJsonFrom("127.0.0.99", "/api/auth/sign-in/email", right())).status).toBe(429);
    const own = await postJson("/api/auth/sign-in/email", right());
    expect(own.status).toBe(429);
  });
});
