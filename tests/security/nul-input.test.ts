// A NUL character in free text (PostgreSQL cannot store one in text): a clear refusal naming the
// field, nothing stored, no error in the log.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { createUser, db, env, query, resetLimits } from "./support/client";
import { callFormAction, REFUSED } from "./support/actions";

const logText = () => fs.readFileSync(env().logFile, "utf8");

describe("a NUL character in free text", () => {
  let runner: { cookie: string; id: string; email: string };
  let physio: { cookie: string; id: string };
  let planId: string;
  beforeAll(async () => {
    await resetLimits();
    physio = await createUser({ role: "physio", name: `Nul Physio ${Date.now()}` });
    runner = await createUser({ name: "Nul Runner" });
    planId = await createPlan(db(), runner.email);
    await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
  });

  it.each([
    ["a message", "sendMessageAction", "body", () => runner.cookie, "plan_messages"],
    ["a physio's note", "addNoteAction", "body", () => physio.cookie, "notes"],
  ] as const)(
    "in %s: refused with the field named, nothing stored, nothing logged",
    async (_l, action, field, cookie, table) => {
      const from = logText().length;
      const answer = await callFormAction(action, { planId, [field]: "before\u0000after", locale: "en" }, cookie());
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(REFUSED);
      expect(answer.text).not.toMatch(/errors\.unexpected/);
      expect(answer.text).toMatch(new RegExp(`"fields":\\["${field}"\\]|"error":\\{"${field}":`));
      expect(
        (await query<{ n: number }>(`select count(*)::int as n from ${table} where plan_id = $1`, [planId]))[0]!.n,
      ).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(logText().slice(from)).not.toMatch(/"level":50|"level":"error"/);
    },
  );
});
