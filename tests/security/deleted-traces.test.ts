// After an account is deleted nothing in the job queue still names the runner or their plan (a red
// flag's alert to the physio was queued with the plan's id).
import { beforeAll, describe, expect, it } from "vitest";
import { buildCheckIn, createPlan, daysAgo } from "../reliability/support/db";
import { callFormAction } from "./support/actions";
import { PASSWORD, createUser, db, postJson, query, resetLimits } from "./support/client";

const jobsNaming = async (id: string) =>
  (await query<{ n: number }>(`select count(*)::int as n from pgboss.job where data::text like $1`, [`%${id}%`]))[0]!.n;

describe("a deleted account leaves no job behind", () => {
  let runner: { cookie: string; id: string; email: string };
  let planId: string;
  beforeAll(async () => {
    await resetLimits();
    const physio = await createUser({ role: "physio", name: `Traces Physio ${Date.now()}` });
    runner = await createUser({ name: "Traces Runner" });
    planId = await createPlan(db(), runner.email);
    await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
  });

  it("the physio's alert about the plan is queued, and gone with the account", async () => {
    const day = daysAgo(0);
    const sent = await postJson(
      `/api/plans/${planId}/check-ins`,
      buildCheckIn(day, { nightPain: true }),
      {},
      runner.cookie,
    );
    expect(sent.status).toBe(201);
    await expect.poll(() => jobsNaming(planId), { timeout: 10_000 }).toBeGreaterThan(0);
    const deleted = await callFormAction(
      "deleteAccountAction",
      { confirm: "DELETE", confirmPassword: PASSWORD, locale: "en" },
      runner.cookie,
    );
    expect(deleted.status).toBeLessThan(400);
    expect(await query(`select id from "user" where id = $1`, [runner.id])).toEqual([]);
    expect([await jobsNaming(planId), await jobsNaming(runner.id)]).toEqual([0, 0]);
  });
});
