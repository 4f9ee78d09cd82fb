// A report carries the version of the day it was made from. One made before a newer correction (a phone
// that queued it offline, sending it late) must not replace that correction: refused whole, the newer
// report kept, no version written. Without a version (queued before reports carried one) it saves as before.
import { describe, expect, it } from "vitest";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { dayVersion } from "@/lib/server/check-in/version-queries";
import { AppError } from "@/lib/errors";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { buildCheckIn } from "../engine/factories";
import { createCalfPlan } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";
const DAY = "2026-11-20";

async function setUp() {
  const runner = await createCaller(db);
  const plan = await createCalfPlan(db, runner.id);
  const save = (fields: Parameters<typeof buildCheckIn>[0], baseVersion?: number) =>
    recordCheckIn(db, runner, {
      planId: plan.id,
      input: { ...buildCheckIn({ date: DAY, ...fields }), baseVersion },
      today: TODAY,
    });
  return { plan, save };
}

describe("a report made from an older version of the day", () => {
  it("is refused with CONFLICT and the current version; the newer correction stays", async () => {
    const { plan, save } = await setUp();
    await save({ painMorning: 0 }, 0); // the first report (version 1), made when the day had none
    await save({ painMorning: 6 }, 1); // the correction (version 2)
    // The old queued report, made from version 1, arrives after the correction.
    const late = save({ painMorning: 0 }, 1);
    await expect(late).rejects.toBeInstanceOf(AppError);
    await expect(late).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.checkInChangedSince",
      details: { current: 2 },
    });
    const [stored] = await listCheckIns(db, plan.id);
    expect(stored).toMatchObject({ painMorning: 6 });
    expect(await dayVersion(db, plan.id, DAY)).toBe(2);
  });

  it.each([
    ["made from the current version", 1, 2],
    ["without a version (queued before versions were sent)", undefined, 2],
  ])("%s: saved as a correction", async (_label, base, expected) => {
    const { plan, save } = await setUp();
    await save({ painMorning: 1 }, 0);
    const result = await save({ painMorning: 3 }, base);
    expect(result.version).toBe(expected);
    expect((await listCheckIns(db, plan.id))[0]).toMatchObject({ painMorning: 3 });
  });

  it("a new day made from version 0 is refused when another report of that day arrived first", async () => {
    const { plan, save } = await setUp();
    await save({ painMorning: 4 }, 0);
    await expect(save({ painMorning: 2 }, 0)).rejects.toMatchObject({ code: "CONFLICT", details: { current: 1 } });
    expect((await listCheckIns(db, plan.id))[0]).toMatchObject({ painMorning: 4 });
  });

  it("two reports of a new day at once, both made from version 0: one is saved, the other refused", async () => {
    const { plan, save } = await setUp();
    const results = await Promise.allSettled([save({ painMorning: 3 }, 0), save({ painMorning: 5 }, 0)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({
      code: "CONFLICT",
      details: { current: 1 },
    });
    expect(await listCheckIns(db, plan.id)).toHaveLength(1);
    expect(await dayVersion(db, plan.id, DAY)).toBe(1);
  });

  it("the same answers sent twice (the first send did arrive) are no conflict and write nothing", async () => {
    const { save } = await setUp();
    await save({ painMorning: 2 }, 0);
    const again = await save({ painMorning: 2 }, 0);
    expect(again.version).toBeNull();
  });

  it("a base version that is not a whole number is bad input naming the field", async () => {
    const { save } = await setUp();
    await expect(save({}, -1)).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "baseVersion" } });
  });
});
