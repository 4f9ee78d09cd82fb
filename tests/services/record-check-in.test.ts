import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { findPlan } from "@/lib/server/plan/queries";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { recordRunnerClearance } from "@/lib/server/check-in/record-self-clearance";
import { RunnerClearanceSchema } from "@/lib/forms/schemas/plan-control";
import { parseForm } from "@/lib/forms/parse";
import { formOf } from "../support/form";
import { buildCheckIn } from "../engine/factories";
import { createCalfPlan } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

const planFor = (runnerId: string, physioId?: string) => createCalfPlan(db, runnerId, physioId);

describe("recordCheckIn", () => {
  it("saves the day's check-in and returns the decision", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    const result = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, painDuring: 3 }),
      today: TODAY,
    });
    expect(result.corrected).toBe(false);
    expect(result.state.lastDecision.action).toBe("hold");
    expect(result.state.lastDecision.reasons.map((r) => r.key)).toContain("reason.hold.painReported");
    expect((await listCheckIns(db, plan.id)).map((c) => [c.date, c.painDuring])).toEqual([[TODAY, 3]]);
  });

  it("corrects today's check-in in place: one row, the new values", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, painAfter: 4 }),
      today: TODAY,
    });
    const second = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, painAfter: 0 }),
      today: TODAY,
    });
    expect(second.corrected).toBe(true);
    expect((await listCheckIns(db, plan.id)).map((c) => c.painAfter)).toEqual([0]);
  });

  it("takes the same answers sent twice (a queued check-in sent again) without writing a second version", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    const first = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, painAfter: 2 }),
      today: TODAY,
    });
    const again = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, painAfter: 2 }),
      today: TODAY,
    });
    expect(first.version).toBe(1);
    expect(again).toMatchObject({ corrected: true, version: null });
    const versions = await db.execute(sql`select count(*)::int as n from check_in_versions where plan_id = ${plan.id}`);
    expect(versions.rows[0]).toEqual({ n: 1 });
    const audit = await db.execute(
      sql`select count(*)::int as n from audit_log where plan_id = ${plan.id} and action like 'check_in.%'`,
    );
    expect(audit.rows[0]).toEqual({ n: 1 });
  });

  it.each([
    ["a pain score above 10", { painDuring: 11 }, "errors.invalidInput"],
    ["a negative pain score", { painRest: -1 }, "errors.invalidInput"],
    ["a pain score that is not a number", { painMorning: "a lot" }, "errors.invalidInput"],
    ["a run without a soreness answer", { sessionKind: "run", soreness: undefined, rpe: 4 }, "errors.invalidInput"],
    ["a malformed date", { date: "21-11-2026" }, "errors.invalidInput"],
    ["a future date", { date: "2026-11-22" }, "errors.checkInFuture"],
    ["a day more than a week back", { date: "2026-11-13" }, "errors.checkInTooOld"],
    ["a comment over 500 characters", { comment: "a".repeat(501) }, "errors.invalidInput"],
    [
      "two runs in one day",
      {
        sessionKind: "run",
        minutes: 20,
        soreness: "none",
        sessions: [
          { kind: "run", minutes: 20, completed: true },
          { kind: "walk_run", minutes: 20, completed: true },
        ],
      },
      "errors.invalidInput",
    ],
    [
      "a main session that is not the day's run",
      {
        sessionKind: "strength",
        minutes: 25,
        sessions: [
          { kind: "strength", minutes: 25, completed: true },
          { kind: "walk_run", minutes: 20, completed: true },
        ],
      },
      "errors.invalidInput",
    ],
    ["a next-day answer that is not yes or no", { soreAfterYesterdaysRun: "yes" }, "errors.invalidInput"],
  ])("rejects %s with a clear message and stores nothing", async (_label, override, messageKey) => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    const input = { ...buildCheckIn({ date: TODAY }), ...override };
    await expect(recordCheckIn(db, runner, { planId: plan.id, input, today: TODAY })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey,
    });
    expect(await listCheckIns(db, plan.id)).toEqual([]);
  });

  it("stores the day's sessions, the next-day answer and the comment in one report", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    const sessions = [
      { kind: "strength", minutes: 25, completed: true },
      { kind: "walk_run", minutes: 20, completed: true },
    ] as const;
    const input = buildCheckIn({
      date: TODAY,
      sessionKind: "walk_run",
      minutes: 20,
      soreness: "none",
      sessions: [...sessions],
      soreAfterYesterdaysRun: false,
      comment: "  Calf a bit tight after the hills  ",
    });
    await recordCheckIn(db, runner, { planId: plan.id, input, today: TODAY });
    const [stored] = await listCheckIns(db, plan.id);
    expect(stored?.data).toMatchObject({
      sessions,
      soreAfterYesterdaysRun: false,
      comment: "Calf a bit tight after the hills",
    });
  });

  it("accepts a missed day up to 7 days back", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    await recordCheckIn(db, runner, { planId: plan.id, input: buildCheckIn({ date: "2026-11-14" }), today: TODAY });
    expect((await listCheckIns(db, plan.id)).map((c) => c.date)).toEqual(["2026-11-14"]);
  });

  it("answers NOT_FOUND to another runner and to the linked physio, and stores nothing", async () => {
    const owner = await createCaller(db);
    const physio = await createCaller(db, "physio");
    const other = await createCaller(db);
    const plan = await planFor(owner.id, physio.id);
    for (const caller of [other, physio]) {
      await expect(
        recordCheckIn(db, caller, { planId: plan.id, input: buildCheckIn({ date: TODAY }), today: TODAY }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      recordCheckIn(db, owner, { planId: "not-a-uuid", input: buildCheckIn({ date: TODAY }), today: TODAY }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCheckIns(db, plan.id)).toEqual([]);
  });

  it("pauses the plan on night pain and keeps the summary columns in step", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    const { state } = await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, nightPain: true }),
      today: TODAY,
    });
    expect(state.status).toBe("paused_red_flag");
    expect(state.lastDecision.action).toBe("refer");
    expect((await findPlan(db, plan.id))?.status).toBe("paused_red_flag");
  });
});

describe("recordRunnerClearance", () => {
  it("resumes a self-guided runner's paused plan after a confirmed clearance", async () => {
    const runner = await createCaller(db);
    const plan = await planFor(runner.id);
    await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: "2026-11-20", boneTenderness: true }),
      today: "2026-11-20",
    });
    // Without the tick the clearance form refuses it, on the box.
    expect(parseForm(formOf({ planId: plan.id, clinician: "Dr. Jansen" }), RunnerClearanceSchema)).toMatchObject({
      status: "error",
      error: { confirmed: ["errors.tickRequired"] },
    });
    const state = await recordRunnerClearance(db, runner, {
      planId: plan.id,
      input: { confirmed: true, clinician: "Dr. Jansen" },
      today: TODAY,
    });
    expect(state.status).toBe("active");
    expect((await findPlan(db, plan.id))?.status).toBe("active");
  });

  it("leaves the decision to the physio when one is linked", async () => {
    const runner = await createCaller(db);
    const physio = await createCaller(db, "physio");
    const plan = await planFor(runner.id, physio.id);
    await recordCheckIn(db, runner, {
      planId: plan.id,
      input: buildCheckIn({ date: TODAY, limping: true }),
      today: TODAY,
    });
    await expect(
      recordRunnerClearance(db, runner, { planId: plan.id, input: { confirmed: true }, today: TODAY }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await findPlan(db, plan.id))?.status).toBe("paused_red_flag");
  });
});
