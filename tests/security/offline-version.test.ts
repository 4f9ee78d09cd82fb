// A report queued offline and sent after a newer correction of the same day: the server refuses to
// replace the newer version with it (409, the day's current version named), and the correction stays.
import { beforeAll, describe, expect, it } from "vitest";
import { buildCheckIn, createPlan, daysAgo } from "../reliability/support/db";
import { createUser, db, postJson, query, resetLimits } from "./support/client";

describe("an old queued report sent after a newer correction", () => {
  let runner: { cookie: string; email: string; id: string };
  let planId: string;
  const day = daysAgo(1);
  const send = (painMorning: number, baseVersion: number) =>
    postJson(
      `/api/plans/${planId}/check-ins`,
      { ...buildCheckIn(day, { painMorning }), baseVersion },
      {},
      runner.cookie,
    );
  const stored = async () =>
    (
      await query<{ pain: number; versions: number }>(
        `select (c.data->>'painMorning')::int as pain,
                (select count(*)::int from check_in_versions v where v.plan_id = c.plan_id and v.date = c.date) as versions
           from check_ins c where c.plan_id = $1 and c.date = $2`,
        [planId, day],
      )
    )[0];

  beforeAll(async () => {
    await resetLimits();
    runner = await createUser({ name: "Version Runner" });
    planId = await createPlan(db(), runner.email);
  });

  it("is refused with 409 naming the current version; the correction (pain 6) stays", async () => {
    expect((await send(0, 0)).status).toBe(201); // the report made offline was sent once… (version 1)
    expect((await send(6, 1)).status).toBe(200); // …then corrected on another device (version 2)
    const late = await send(0, 1); // the phone's older report (made from version 1) arrives late
    expect(late.status).toBe(409);
    expect(late.json).toMatchObject({
      error: { code: "CONFLICT", messageKey: "errors.checkInChangedSince", details: { current: 2 } },
    });
    expect(await stored()).toEqual({ pain: 6, versions: 2 });
  });

  it("says so in Dutch to a Dutch runner, and a report made from the current version still corrects", async () => {
    await query(`update "user" set locale = 'nl' where id = $1`, [runner.id]);
    const late = await send(1, 1);
    expect(late.status).toBe(409);
    expect((late.json as { error: { message: string } }).error.message).toMatch(/Deze dag is gewijzigd/);
    expect((await send(3, 2)).status).toBe(200);
    expect(await stored()).toEqual({ pain: 3, versions: 3 });
  });
});
