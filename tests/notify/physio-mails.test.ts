// Emails of the physio's side through the real path (service → job queue → worker → SMTP sink): an invite
// emailed to a patient, and the "approved" email to a newly approved physio. Neither carries health data.
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { insertPhysioProfile } from "@/lib/server/physio/profile-queries";
import { invites, user } from "@/lib/db/schema";
import { prepareJobs } from "@/lib/jobs/prepare";
import { startJobWorkers } from "@/lib/jobs/workers";
import { deliverNotification } from "@/lib/server/notification/deliver";
import { approvePhysio } from "@/lib/server/physio/admin";
import { createInvite, INVITE_MAIL_LIMIT, listInvites, revokeInvite } from "@/lib/server/invite/invites";
import { hitRateLimit, rateLimitKey } from "@/lib/security/rate-limit";
import { createUser } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { eventually, mailsTo, startSink } from "./helpers";

const { db, url } = await createTestDatabase();
const sink = await startSink();
let worker: PgBoss;

beforeAll(async () => {
  await prepareJobs(url);
  worker = await startJobWorkers({ connectionString: url, db: createDb(url, 3).db, cron: false, pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop({ graceful: false });
});

const TODAY = "2026-12-07";
const intake = {
  site: "knee",
  tissue: "joint",
  lastRunOn: "2026-11-20",
  runsPerWeek: "3",
  weeklyMinutes: "120",
  longestRunMinutes: "45",
  trainingDays: ["2", "4", "6"],
};
const jobCount = async () =>
  Number((await db.execute(sql`select count(*)::int as n from pgboss.job where name = 'notify'`)).rows[0]!.n);

describe("an invite emailed from the app", () => {
  it("reaches the patient in the language chosen, with the name, code and link, and nothing about the injury", async () => {
    const physio = await createCaller(db, "physio", { name: "Femke Mailtest" });
    const invite = await createInvite(db, physio, {
      input: {
        withIntake: true,
        intake,
        patientName: "Anna Jansen",
        email: "anna.invite@example.test",
        mailLocale: "nl",
      },
      today: TODAY,
    });
    expect(invite).toMatchObject({ patientName: "Anna Jansen", emailedTo: "anna.invite@example.test" });
    const [mail] = await eventually(async () => {
      const mails = await mailsTo(sink, "anna.invite@example.test");
      return mails.length > 0 && mails;
    });
    const code = `${invite.code.slice(0, 4)}-${invite.code.slice(4, 8)}-${invite.code.slice(8)}`;
    expect(mail!.subject).toBe("Femke Mailtest nodigt je uit voor Comeback");
    expect(mail!.text).toContain("Hoi Anna Jansen,");
    expect(mail!.text).toContain(`Je code is ${code}.`);
    expect(mail!.text).toContain("7 dagen geldig");
    expect(mail!.text).toContain(`/nl/invite/${invite.code}`);
    expect(mail!.text).toContain("Praktijk Test");
    // The intake the physio filled in stays out of the mail.
    expect(`${mail!.subject} ${mail!.text} ${mail!.html}`).not.toMatch(/knie|knee|gewricht|joint|pijn|blessure/i);
    const [listed] = await listInvites(db, physio);
    expect(listed).toMatchObject({ patientName: "Anna Jansen", status: "open" });
    expect(listed!.emailedAt).toBeInstanceOf(Date);
  });

  it("in English when asked, with a plain greeting when no name was given", async () => {
    const physio = await createCaller(db, "physio", { name: "Noor English" });
    await createInvite(db, physio, {
      input: { withIntake: false, email: "  sam.invite@example.test ", mailLocale: "en" },
      today: TODAY,
    });
    const [mail] = await eventually(async () => {
      const mails = await mailsTo(sink, "sam.invite@example.test");
      return mails.length > 0 && mails;
    });
    expect(mail!.subject).toBe("Noor English invites you to Comeback");
    expect(mail!.text).toMatch(/^Hi,$/m);
    expect(mail!.text).toContain("/en/invite/");
  });

  it.each([
    [{ email: "not-an-address" }, "email", "invite.errors.email"],
    [{ patientName: "Anna\nJansen" }, "patientName", "invite.errors.patientName"],
    [{ patientName: "x".repeat(101) }, "patientName", "invite.errors.patientName"],
  ])("refuses %j with a message on the field, and makes nothing", async (input, field, key) => {
    const physio = await createCaller(db, "physio");
    const jobs = await jobCount();
    await expect(
      createInvite(db, physio, { input: { withIntake: false, ...input }, today: TODAY }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fieldErrors: { [field]: { key } } } });
    expect(await db.select().from(invites).where(eq(invites.physioId, physio.id))).toHaveLength(0);
    expect(await jobCount()).toBe(jobs);
  });

  it("stops at the hourly limit of emailed invites; an invite without email still works", async () => {
    const physio = await createCaller(db, "physio");
    for (let i = 0; i < INVITE_MAIL_LIMIT.max; i++)
      await hitRateLimit(db, rateLimitKey("invite-mail", physio.id), INVITE_MAIL_LIMIT);
    await expect(
      createInvite(db, physio, { input: { withIntake: false, email: "too.many@example.test" }, today: TODAY }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "invite.errors.mailLimit" });
    expect(await db.select().from(invites).where(eq(invites.physioId, physio.id))).toHaveLength(0);
    await expect(createInvite(db, physio, { input: { withIntake: false }, today: TODAY })).resolves.toMatchObject({
      emailedTo: null,
    });
  });

  it("sends nothing for an invite withdrawn before the job ran", async () => {
    const physio = await createCaller(db, "physio");
    const [row] = await db
      .insert(invites)
      .values({
        physioId: physio.id,
        code: "WITHDRAWNAAAA",
        emailTo: "gone@example.test",
        emailLocale: "en",
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning();
    await revokeInvite(db, physio, { inviteId: row!.id });
    const report = await deliverNotification(db, "withdrawn-1", {
      userId: physio.id,
      kind: "invite",
      inviteId: row!.id,
    });
    expect(report).toMatchObject({ email: false, skipped: "closed" });
    expect(await mailsTo(sink, "gone@example.test")).toHaveLength(0);
  });
});

describe("a newly approved physio", () => {
  it("gets one email saying so, with two-step sign-in as the next step; approving again sends no second", async () => {
    // A registration as the sign-up leaves it: a confirmed address, a BIG number of its own, pending.
    const physio = await createUser(db, { role: "physio", name: "Pim Pending" });
    await db.update(user).set({ emailVerified: true }).where(eq(user.id, physio.id));
    await insertPhysioProfile(db, { userId: physio.id, bigNumber: "19087654321", practice: "Praktijk Pim" });
    await approvePhysio(db, physio.email);
    const [mail] = await eventually(async () => {
      const mails = await mailsTo(sink, physio.email);
      return mails.length > 0 && mails;
    });
    expect(mail!.subject).toBe("Your Comeback physio account is approved");
    expect(mail!.text).toContain("Hi Pim Pending, we checked your BIG registration");
    expect(mail!.text).toContain("set up two-step sign-in");
    expect(mail!.text).toContain("/en/signin");
    await approvePhysio(db, physio.email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailsTo(sink, physio.email)).toHaveLength(1);
  });
});
