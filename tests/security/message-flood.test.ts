// A flood of messages: each sender has a limit on messages, and a thread's messages cause at most one
// notification email per quiet period, however many arrive in it.
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { createUser, db, query, resetLimits } from "./support/client";
import { callFormAction } from "./support/actions";
import { mailsTo } from "./support/mail";

let runner: { cookie: string; id: string; email: string };
let physio: { cookie: string; id: string; email: string };
let planId: string;
const body = (i: number) => `Question ${i}: ${"my calf feels tight after the run. ".repeat(50)}`.slice(0, 1900);
const stored = async () =>
  (await query<{ n: number }>(`select count(*)::int as n from plan_messages where plan_id = $1`, [planId]))[0]!.n;
const messageMails = async () => (await mailsTo(physio.email)).filter((m) => /new message/.test(m.subject ?? ""));

beforeAll(async () => {
  await resetLimits();
  physio = await createUser({ role: "physio", name: `Flood Physio ${Date.now()}` });
  runner = await createUser({ name: "Flood Runner" });
  planId = await createPlan(db(), runner.email);
  await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
});

describe("a message flood", () => {
  it("is cut off per sender, with a clear refusal, and nothing is stored beyond the limit", async () => {
    const answers: string[] = [];
    for (let i = 1; i <= 14; i++)
      answers.push((await callFormAction("sendMessageAction", { planId, body: body(i) }, runner.cookie)).text);
    const accepted = answers.filter((a) => /"status":"success"/.test(a)).length;
    expect(accepted).toBe(10);
    expect(answers.at(-1)).toMatch(/"status":"error".*messages\.errors\.tooMany/s);
    expect(await stored()).toBe(10);
  });

  it("sends the physio one notification email for the thread, not one per message", async () => {
    const deadline = Date.now() + 20_000;
    while ((await messageMails()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect((await messageMails()).length).toBe(1);
    // Time for any further queued notifications to be sent.
    await new Promise((r) => setTimeout(r, 5_000));
    expect((await messageMails()).length).toBe(1);
  });
});
