// Accounts through the real better-auth on a real database, with mail through the local SMTP sink.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { findPhysioProfile } from "@/lib/server/physio/profile-queries";
import { findPhysioStatus } from "@/lib/auth/physio-status";
import { session, user } from "@/lib/db/schema";
import { startMailSink, type MailSink } from "@/lib/mail/local-sink";
import { runAdmin } from "@/lib/scripts/admin";
import { requestPasswordReset, resetPassword } from "@/lib/server/account/credentials";
import { createInvite } from "@/lib/server/invite/invites";
import { updateRegistration } from "@/lib/server/physio/registration";
import { signUpPhysio } from "@/lib/server/physio/sign-up";
import { signUp } from "@/lib/server/account/sign-up";
import { updateProfile } from "@/lib/server/account/update-profile";
import { prepareJobs } from "@/lib/jobs/prepare";
import { createTestDatabase } from "../setup/test-db";

let db: Db;
let url: string;
let sink: MailSink;
const headers = () => new Headers({ "user-agent": "vitest" });

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  // Approving a physio queues their email in the same transaction, as on a started app's database.
  await prepareJobs(url);
  sink = await startMailSink({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "comeback-auth-mail-")), log: () => {} });
  // The app's own pool and auth are created on first use from these.
  process.env.DATABASE_URL = url;
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  await sink.stop();
});

async function mailsTo(email: string) {
  const files = fs.readdirSync(sink.dir).sort();
  const parsed = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(sink.dir, f)))));
  return parsed.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(email)));
}

// Auth mails go out after the answer (lib/auth/auth.ts): wait until `count` have arrived.
async function awaitMails(email: string, count: number) {
  return vi.waitFor(
    async () => {
      const mails = await mailsTo(email);
      if (mails.length < count) throw new Error(`${mails.length} of ${count} mails to ${email} within 10 s`);
      return mails;
    },
    { timeout: 10_000, interval: 50 },
  );
}

const runner = (email: string, password = "a-long-enough-pass") => ({
  name: "Test Runner",
  email,
  password,
  locale: "nl",
  timeZone: "Europe/Amsterdam",
});

describe("passwords", () => {
  it.each([
    ["short1234", "length"],
    ["password123", "common"],
    ["Wachtwoord2026!", "common"],
    ["aaaaaaaaaaaa", "common"],
    ["abcabcabcabc", "common"],
    ["my knee is back on track", undefined],
  ])("%s → %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each([
    ["zomer2026!!", {}, "common"],
    ["summer2026!!", {}, "common"],
    ["comeback-demo", {}, "common"],
    ["marloes@example.test", { email: "marloes@example.test" }, "personal"],
    ["marloes-2026-run", { email: "marloes@example.test" }, "personal"],
    ["jansen-marloes-1", { name: "Marloes Jansen" }, "personal"],
    ["trail-knee1", { role: "physio" }, "physioLength"],
    ["trail-knee1", { role: "runner" }, undefined],
    ["knee back on the trail", { email: "marloes@example.test", name: "Marloes Jansen", role: "physio" }, undefined],
  ] as const)("%s with %j → %s", (password, context, problem) => {
    expect(passwordProblem(password, context)).toBe(problem);
  });
});

describe("sign-up", () => {
  it("answers the same for a new and a taken address; the new one gets a link, the owner a notice", async () => {
    const first = await signUp(db, runner("same@example.test"), headers());
    expect(first.userId).toBeTruthy();
    const again = await signUp(db, runner("same@example.test", "another-long-pass"), headers());
    expect(again.userId).toBeUndefined();
    const mails = await awaitMails("same@example.test", 2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "Bevestig je e-mailadres voor Comeback",
      "Iemand probeerde een Comeback-account te maken met jouw adres",
    ]);
    expect(mails.find((m) => m.subject!.startsWith("Bevestig"))!.text).toMatch(/\/api\/auth\/verify-email\?token=/);
    // No session was created by either sign-up, and the password did not change.
    expect(await db.select().from(session).where(eq(session.userId, first.userId!))).toHaveLength(0);
    await expect(
      getAuth().api.signInEmail({
        body: { email: "same@example.test", password: "a-long-enough-pass" },
        headers: headers(),
      }),
    ).resolves.toBeTruthy();
  });

  it("refuses a common or short password before anything is created", async () => {
    await expect(signUp(db, runner("weak@example.test", "qwerty12345"), headers())).rejects.toMatchObject({
      messageKey: "settings.errors.passwordCommon",
    });
    await expect(signUp(db, runner("weak@example.test", "short"), headers())).rejects.toMatchObject({
      messageKey: "settings.errors.passwordLength",
    });
    expect(await db.select().from(user).where(eq(user.email, "weak@example.test"))).toHaveLength(0);
  });
});

describe("password reset", () => {
  it("sends a single-use link; using it ends every session; the old password stops working", async () => {
    const email = "reset@example.test";
    await signUp(db, runner(email), headers());
    await getAuth().api.signInEmail({ body: { email, password: "a-long-enough-pass" }, headers: headers() });
    const [{ id }] = (await db.select({ id: user.id }).from(user).where(eq(user.email, email))) as [{ id: string }];
    expect(await db.select().from(session).where(eq(session.userId, id))).toHaveLength(1);

    await requestPasswordReset({ email: "RESET@example.test", locale: "nl" }, headers());
    await requestPasswordReset({ email: "nobody@example.test", locale: "nl" }, headers());
    const mail = (await awaitMails(email, 2)).find((m) => m.subject === "Kies een nieuw wachtwoord voor Comeback")!;
    expect(mail.subject).toBe("Kies een nieuw wachtwoord voor Comeback");
    const token = decodeURIComponent(/reset-password\?token=([^\s]+)/.exec(mail.text!)![1]!);
    expect(await mailsTo("nobody@example.test")).toHaveLength(0);

    await expect(resetPassword({ token, password: "password123" })).rejects.toMatchObject({
      messageKey: "settings.errors.passwordCommon",
    });
    await resetPassword({ token, password: "a-brand-new-secret" });
    expect(await db.select().from(session).where(eq(session.userId, id))).toHaveLength(0);
    await expect(resetPassword({ token, password: "yet-another-secret" })).rejects.toMatchObject({
      messageKey: "settings.errors.resetLinkInvalid",
    });
    await expect(
      getAuth().api.signInEmail({ body: { email, password: "a-long-enough-pass" }, headers: headers() }),
    ).rejects.toBeTruthy();
    await expect(
      getAuth().api.signInEmail({ body: { email, password: "a-brand-new-secret" }, headers: headers() }),
    ).resolves.toBeTruthy();
  });
});

describe("user fields through better-auth's own update-user", () => {
  it("refuses a 15,000-character name, a control character and a bogus time zone; keeps the row", async () => {
    const email = "fields@example.test";
    await signUp(db, runner(email), headers());
    const signedIn = await getAuth().api.signInEmail({
      body: { email, password: "a-long-enough-pass" },
      headers: headers(),
      asResponse: true,
    });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const as = new Headers({ cookie });
    for (const body of [
      { name: "x".repeat(15_000) },
      { name: "Anna\u0000" },
      { timeZone: "Mars/Olympus_Mons" },
      { locale: "fr" },
    ]) {
      await expect(getAuth().api.updateUser({ body: body as { name: string }, headers: as })).rejects.toMatchObject({
        statusCode: 400,
      });
    }
    const [row] = await db.select().from(user).where(eq(user.email, email));
    expect(row).toMatchObject({ name: "Test Runner", timeZone: "Europe/Amsterdam", locale: "nl" });
    await getAuth().api.updateUser({ body: { name: "Anna Jansen" } as { name: string }, headers: as });
    expect((await db.select().from(user).where(eq(user.email, email)))[0]!.name).toBe("Anna Jansen");
  });
});

describe("verified physios", () => {
  it("start pending, cannot invite, are approved by the CLI, and then their name is locked", async () => {
    const email = "physio@example.test";
    const physio = { ...runner(email), name: "Sanne Physio", bigNumber: "1901 2345 601", practice: "Praktijk Oost" };
    await expect(signUpPhysio(db, { ...physio, bigNumber: "12345" }, headers())).rejects.toMatchObject({
      messageKey: "settings.errors.bigNumber",
    });
    const { userId } = await signUpPhysio(db, physio, headers());
    expect(await findPhysioStatus(db, userId!)).toBe("pending");
    const caller = {
      id: userId!,
      name: "Sanne Physio",
      email,
      role: "physio" as const,
      locale: "nl" as const,
      physioStatus: "pending" as const,
    };
    await expect(createInvite(db, caller, { input: { withIntake: false }, today: "2026-11-29" })).rejects.toMatchObject(
      { messageKey: "invite.errors.notVerified" },
    );
    // While pending, the physio corrects what they entered; bad input changes nothing.
    await expect(
      updateRegistration(db, caller, { bigNumber: "1901234560", practice: "Praktijk West" }),
    ).rejects.toMatchObject({ messageKey: "settings.errors.bigNumber", details: { field: "bigNumber" } });
    await updateRegistration(db, caller, { bigNumber: "190.123.456.01", practice: "  Praktijk Oost  " });
    expect(await findPhysioProfile(db, userId!)).toMatchObject({ bigNumber: "19012345601", practice: "Praktijk Oost" });

    // A runner's address signed up again as a physio stays a runner.
    await signUp(db, runner("runner-not-physio@example.test"), headers());
    // (Another name: no one may sign up with a physio's name, lib/security/display-name.ts.)
    await signUpPhysio(db, { ...physio, name: "Sam Anders", email: "runner-not-physio@example.test" }, headers());
    expect((await db.select().from(user).where(eq(user.email, "runner-not-physio@example.test")))[0]!.role).toBe(
      "runner",
    );

    const out: string[] = [];
    await runAdmin(["list-physios"], url, (text) => out.push(text));
    expect(out.at(-1)).toMatch(/pending\s+physio@example\.test\s+"Sanne Physio"\s+BIG 19012345601\s+"Praktijk Oost"/);
    await expect(runAdmin(["approve-physio", "nobody@example.test"], url, () => {})).rejects.toThrow(
      /No physio account/,
    );
    // Not while the address is unconfirmed (the link in the confirmation email confirms it).
    await expect(runAdmin(["approve-physio", email], url, () => {})).rejects.toThrow(/is not confirmed yet/);
    expect(await findPhysioStatus(db, userId!)).toBe("pending");
    await db.update(user).set({ emailVerified: true }).where(eq(user.id, userId!));
    await runAdmin(["approve-physio", email], url, (text) => out.push(text));
    expect(await findPhysioStatus(db, userId!)).toBe("approved");
    // Approved, but without two-step sign-in: still no invite (nor any patient) until it is on.
    const approved = { ...caller, physioStatus: "approved" as const, twoFactorEnabled: false };
    await expect(
      createInvite(db, approved, { input: { withIntake: false }, today: "2026-11-29" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "errors.twoStepRequired" });
    await expect(
      createInvite(db, { ...approved, twoFactorEnabled: true }, { input: { withIntake: false }, today: "2026-11-29" }),
    ).resolves.toMatchObject({ code: expect.any(String) });
    // Checked: from now on only the operator's CLI changes the registration.
    await expect(
      updateRegistration(db, approved, { bigNumber: "19012345602", practice: "Elders" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "settings.errors.registrationLocked" });
    expect(await findPhysioProfile(db, userId!)).toMatchObject({ bigNumber: "19012345601", practice: "Praktijk Oost" });
    await expect(
      updateRegistration(db, { ...caller, role: "runner" }, { bigNumber: "19012345602", practice: "Elders" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(
      updateProfile(db, approved, { name: "Femke de Vries", locale: "nl", timeZone: "Europe/Amsterdam" }),
    ).rejects.toMatchObject({ messageKey: "settings.errors.physioNameLocked" });
    await expect(
      updateProfile(db, approved, { name: "Sanne Physio", locale: "en", timeZone: "Europe/Lisbon" }),
    ).resolves.toMatchObject({ locale: "en" });

    await runAdmin(["revoke-physio", email], url, () => {});
    expect(await findPhysioStatus(db, userId!)).toBe("revoked");
  });

  it("refuses bad profile input with a message per field and changes nothing", async () => {
    const { userId } = await signUp(db, runner("profile@example.test"), headers());
    const caller = {
      id: userId!,
      name: "Test Runner",
      email: "profile@example.test",
      role: "runner" as const,
      locale: "nl" as const,
    };
    await expect(
      updateProfile(db, caller, { name: "x".repeat(101), locale: "nl", timeZone: "Europe/Amsterdam" }),
    ).rejects.toMatchObject({ messageKey: "settings.errors.nameTooLong", details: { field: "name" } });
    await expect(updateProfile(db, caller, { name: "Ok", locale: "nl", timeZone: "Not/AZone" })).rejects.toMatchObject({
      messageKey: "settings.errors.timeZoneInvalid",
    });
    expect((await db.select().from(user).where(eq(user.id, userId!)))[0]).toMatchObject({
      name: "Test Runner",
      timeZone: "Europe/Amsterdam",
    });
  });
});
