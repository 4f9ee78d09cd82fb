// After a thread's first message is emailed, the messages that follow in its quiet period are not
// emailed one by one: when the quiet period ends, one email says how many are unread (never what
// they say), through the job queue and SMTP like every notification. Read in time: no email.
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { createUser, db, query, request, resetLimits } from "./support/client";
import { callFormAction, ACCEPTED } from "./support/actions";
import { mailsTo } from "./support/mail";

type Person = { cookie: string; id: string; email: string };
let physio: Person;
const digestSubject = /ongelezen berichten|unread messages/i;
const messageSubject = /nieuw bericht|new message/i;
const physioMails = async (subject: RegExp) =>
  (await mailsTo(physio.email)).filter((m) => subject.test(m.subject ?? ""));
const digestJobs = (planId: string) =>
  query<{ id: string; start_after: Date; state: string }>(
    `select id, start_after, state from pgboss.job where name = 'notify' and data->>'kind' = 'message_digest' and data->>'planId' = $1`,
    [planId],
  );

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
}

async function patient(name: string): Promise<{ runner: Person; planId: string }> {
  const runner = await createUser({ name });
  const planId = await createPlan(db(), runner.email);
  await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
  return { runner, planId };
}

const send = (planId: string, runner: Person, body: string) =>
  callFormAction("sendMessageAction", { planId, body }, runner.cookie);

// The quiet period is 15 minutes: its end is brought forward by making the scheduled job due now.
const endQuietPeriod = (jobId: string) => query(`update pgboss.job set start_after = now() where id = $1`, [jobId]);

beforeAll(async () => {
  await resetLimits();
  physio = await createUser({ role: "physio", name: `Digest Physio ${Date.now()}` });
  await query(`update "user" set locale = 'nl' where id = $1`, [physio.id]);
});

describe("messages in a thread's quiet period", () => {
  it("are summed up in one email when it ends: a count in the physio's language, no text", async () => {
    const { runner, planId } = await patient("Digest Runner");
    expect((await send(planId, runner, "My calf feels tight after the run.")).text).toMatch(ACCEPTED);
    await until(async () => (await physioMails(messageSubject)).length === 1);
    for (const n of [2, 3, 4])
      expect((await send(planId, runner, `Question ${n}: the calf pain was 4 during the run.`)).text).toMatch(ACCEPTED);
    const jobs = await digestJobs(planId);
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0]!.start_after).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await physioMails(digestSubject)).toHaveLength(0);

    await endQuietPeriod(jobs[0]!.id);
    await until(async () => (await physioMails(digestSubject)).length === 1);
    const [digest] = await physioMails(digestSubject);
    expect(digest?.subject).toBe("4 ongelezen berichten in Comeback");
    expect(digest?.text).not.toMatch(/calf|tight|pain|question|Digest Runner/i);
    expect(digest?.link).toContain(`/nl/messages/${planId}`);
    expect(await physioMails(messageSubject)).toHaveLength(1);
  });

  it("send nothing when the physio read the thread before the quiet period ended", async () => {
    const { runner, planId } = await patient("Read Runner");
    await send(planId, runner, "First message.");
    await send(planId, runner, "Second message.");
    const [job] = await digestJobs(planId);
    expect(job).toBeDefined();
    expect((await request(`/nl/messages/${planId}`, { cookie: physio.cookie })).status).toBe(200);
    const before = (await physioMails(digestSubject)).length;
    await endQuietPeriod(job!.id);
    await until(async () => (await digestJobs(planId))[0]?.state === "completed");
    expect((await digestJobs(planId))[0]?.state).toBe("completed");
    expect(await physioMails(digestSubject)).toHaveLength(before);
  });
});
