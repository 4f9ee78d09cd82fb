// What update-user (better-auth's own endpoint) accepts: a name, a language, a time zone, checked;
// never a role, never a page-breaking name, never a name that passes for another physio.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, postJson, query, request, resetLimits } from "./support/client";

type User = { email: string; cookie: string; id: string };
let runner: User;
let physio: User;
let realPhysio: User;
const stored = async (id: string) =>
  (
    await query<{ name: string; role: string; time_zone: string | null; locale: string | null }>(
      `select name, role, time_zone, locale from "user" where id = $1`,
      [id],
    )
  )[0]!;
const update = (who: User, body: unknown) => postJson("/api/auth/update-user", body, {}, who.cookie);

beforeAll(async () => {
  await resetLimits();
  realPhysio = await createUser({ role: "physio", name: "Femke de Vries" });
  physio = await createUser({ role: "physio", name: "Piet Pending" });
  runner = await createUser({ name: "Rita Runner" });
});
beforeEach(resetLimits);

describe("oversized and malformed profile updates", () => {
  it.each([
    ["a 15,000-character name", { name: "x".repeat(15_000) }],
    ["an empty name", { name: "   " }],
    ["a name with a line break", { name: "Rita\nRunner" }],
    ["a name with a bidi override", { name: "Rita \u202eRunner" }],
    ["a bogus time zone", { timeZone: "Mars/Olympus_Mons" }],
    ["a time zone that is not a string", { timeZone: 42 }],
    ["an unknown language", { locale: "xx" }],
    ["a role", { role: "physio" }],
    ["a role next to a good name", { name: "Rita R.", role: "admin" }],
  ])("%s → 400 and nothing changes", async (_label, body) => {
    const before = await stored(runner.id);
    const answer = await update(runner, body);
    expect(answer.status, answer.text.slice(0, 200)).toBe(400);
    expect(await stored(runner.id)).toEqual(before);
  });

  it("keeps every page working afterwards (calendar, today, the physio's invites)", async () => {
    for (const path of ["/en/calendar", "/en/today", "/nl/account"])
      expect((await request(path, { cookie: runner.cookie })).status, path).toBeLessThan(400);
    for (const path of ["/en/physio/invites", "/en/physio"])
      expect((await request(path, { cookie: physio.cookie })).status, path).toBe(200);
  });

  it("accepts a good update (the positive control)", async () => {
    const answer = await update(runner, { name: "Rita Runs", timeZone: "Europe/London", locale: "nl" });
    expect(answer.status, answer.text).toBe(200);
    expect(await stored(runner.id)).toMatchObject({
      name: "Rita Runs",
      role: "runner",
      time_zone: "Europe/London",
      locale: "nl",
    });
  });
});

describe("physio impersonation", () => {
  it.each([
    ["the same name", "Femke de Vries"],
    ["other case and spacing", "  FEMKE   DE  VRIES "],
    ["an accent and a zero-width space", "Femké de\u200b Vries"],
    ["full-width letters", "Ｆｅｍｋｅ de Vries"],
  ])("another physio cannot take a real physio's name: %s", async (_label, name) => {
    const answer = await update(physio, { name });
    expect(answer.status).toBe(400);
    expect((answer.json as { message?: string }).message).toMatch(/belongs to a physiotherapist/);
    expect((await stored(physio.id)).name).toBe("Piet Pending");
  });

  it("a runner cannot take it either, nor sign up with it, nor make themselves a physio", async () => {
    expect((await update(runner, { name: "femke de vries" })).status).toBe(400);
    expect((await update(runner, { role: "physio" })).status).toBe(400);
    expect((await stored(runner.id)).role).toBe("runner");
    const signUp = await postJson("/api/auth/sign-up/email", {
      name: "Femke de Vries",
      email: "fake-femke@security.test",
      password: "quiet-harbour-lamp-7",
    });
    expect(signUp.status).toBe(400);
    expect(await query(`select id from "user" where email = 'fake-femke@security.test'`)).toEqual([]);
  });

  it("the real physio keeps their own name", async () => {
    expect((await update(realPhysio, { name: "Femke de Vries" })).status).toBe(200);
  });
});
