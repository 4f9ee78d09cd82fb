import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/server/plan/audit-queries";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/server/check-in/queries";
import { findPlan } from "@/lib/server/plan/queries";
import { checkInVersions } from "@/lib/db/schema";
import { CheckIn, type SessionReport } from "@/lib/engine";
import { getPatient } from "@/lib/server/physio/load-patient-plan";
import { diffCheckIns } from "@/lib/server/check-in/check-in-history";
import { getComingSessions } from "@/lib/server/calendar/feed";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { buildCheckIn } from "../engine/factories";
import { createCalfPlan } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

async function setup(options: { physio?: boolean } = {}) {
  const physio = options.physio === false ? undefined : await createCaller(db, "physio");
  const runner = await createCaller(db);
  const plan = await createCalfPlan(db, runner.id, physio?.id);
  return { physio, runner, planId: plan.id };
}

const versionsOf = (planId: string) =>
  db
    .select()
    .from(checkInVersions)
    .where(eq(checkInVersions.planId, planId))
    .orderBy(checkInVersions.date, checkInVersions.version);

describe("a corrected check-in keeps its history", () => {
  it("stores every save as a version, with who saved it; the check-in holds the latest", async () => {
    const { runner, planId } = await setup();
    const first = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, painAfter: 4 }),
      today: TODAY,
    });
    const second = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, painAfter: 1 }),
      today: TODAY,
    });
    const third = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, painAfter: 0 }),
      today: TODAY,
    });

    expect([first.version, second.version, third.version]).toEqual([1, 2, 3]);
    const versions = await versionsOf(planId);
    expect(
      versions.map((v) => [v.version, (v.data as { painAfter: number }).painAfter, v.changedBy, v.changedByRole]),
    ).toEqual([
      [1, 4, runner.id, "runner"],
      [2, 1, runner.id, "runner"],
      [3, 0, runner.id, "runner"],
    ]);
    expect((await listCheckIns(db, planId)).map((c) => c.painAfter)).toEqual([0]);
    expect((await loadPlan(db, runner, planId)).earlierVersions.map((c) => c.painAfter)).toEqual([4, 1]);
    expect((await listAudit(db, planId)).map((a) => [a.action, a.detail])).toEqual(
      expect.arrayContaining([
        ["check_in.saved", { date: TODAY, version: 1 }],
        ["check_in.corrected", { date: TODAY, version: 3 }],
      ]),
    );
  });

  it("keeps a report from before versions were kept as version 1 when it is corrected", async () => {
    const { runner, planId } = await setup();
    await upsertCheckIn(db, { planId, ...checkInColumns(buildCheckIn({ date: "2026-11-20", nightPain: true })) });
    await recordCheckIn(db, runner, { planId, input: buildCheckIn({ date: "2026-11-20" }), today: TODAY });
    const versions = await versionsOf(planId);
    expect(versions.map((v) => [v.version, (v.data as { nightPain: boolean }).nightPain, v.changedBy])).toEqual([
      [1, true, runner.id],
      [2, false, runner.id],
    ]);
  });

  it("numbers concurrent saves of one day one after the other, never the same", async () => {
    const { runner, planId } = await setup();
    const results = await Promise.all(
      [1, 2, 3, 4].map((pain) =>
        recordCheckIn(db, runner, { planId, input: buildCheckIn({ date: TODAY, painRest: pain }), today: TODAY }),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3, 4]);
    const versions = await versionsOf(planId);
    const latest = versions.at(-1)!.data as { painRest: number };
    expect((await listCheckIns(db, planId)).map((c) => c.painRest)).toEqual([latest.painRest]);
  });

  it("stores nothing, not even a version, for a report that is refused", async () => {
    const { runner, planId } = await setup();
    await expect(
      recordCheckIn(db, runner, { planId, input: { ...buildCheckIn({ date: TODAY }), painDuring: 11 }, today: TODAY }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await versionsOf(planId)).toEqual([]);
  });
});

describe("a red flag survives a correction", () => {
  it("night pain corrected to none: the plan stays paused, the physio is alerted and sees both versions", async () => {
    const { physio, runner, planId } = await setup();
    const flagged = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, nightPain: true }),
      today: TODAY,
    });
    expect(flagged.state.status).toBe("paused_red_flag");

    const corrected = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, nightPain: false }),
      today: TODAY,
    });
    expect(corrected.corrected).toBe(true);
    expect(corrected.state.status).toBe("paused_red_flag");
    expect(corrected.state.today.sessions.every((s) => s.kind !== "run" && s.kind !== "walk_run")).toBe(true);
    expect((await findPlan(db, planId))?.status).toBe("paused_red_flag");
    // Every later read replays the stored versions the same way.
    expect(stateOf(await loadPlan(db, runner, planId), TODAY).status).toBe("paused_red_flag");

    const patient = await getPatient(db, physio!, planId, TODAY);
    expect(patient.state.alerts.map((a) => a.kind)).toContain("red_flag");
    expect(patient.corrections).toHaveLength(1);
    const [day] = patient.corrections;
    expect(day!.date).toBe(TODAY);
    expect(day!.versions.map((v) => [v.version, v.authorRole, v.authorName])).toEqual([
      [1, "runner", runner.name],
      [2, "runner", runner.name],
    ]);
    expect(day!.versions[1]!.changes).toEqual([{ field: "nightPain", from: true, to: false }]);
  });

  it("a new warning sign (a pop) pauses the plan like the others", async () => {
    const { runner, planId } = await setup();
    const result = await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, suddenSharpPain: true }),
      today: TODAY,
    });
    expect(result.state.status).toBe("paused_red_flag");
  });

  it("the calendar shows no run while a corrected-away flag keeps the plan paused", async () => {
    const { runner, planId } = await setup({ physio: false });
    await recordCheckIn(db, runner, {
      planId,
      input: buildCheckIn({ date: TODAY, hotSwollenCalf: true }),
      today: TODAY,
    });
    await recordCheckIn(db, runner, { planId, input: buildCheckIn({ date: TODAY }), today: TODAY });
    const { sessions } = await getComingSessions(db, runner, planId, new Date(`${TODAY}T12:00:00+01:00`));
    expect(sessions.filter((s) => s.kind === "run" || s.kind === "walk_run")).toEqual([]);
  });
});

const session = (kind: SessionReport["kind"], minutes: number, completed = true): SessionReport => ({
  kind,
  minutes,
  completed,
});

describe("diffCheckIns", () => {
  it.each([
    ["a pain score", { painDuring: 3 }, { painDuring: 0 }, [{ field: "painDuring", from: 3, to: 0 }]],
    ["a warning sign", { numbness: true }, { numbness: false }, [{ field: "numbness", from: true, to: false }]],
    ["an optional value removed", { sleepHours: 7 }, {}, [{ field: "sleepHours", from: 7, to: null }]],
    [
      "a readiness count",
      { readiness: { walk: { minutes: 30, pain: 0 } } },
      { readiness: { walk: { minutes: 20, pain: 0 } } },
      [{ field: "readiness", from: ["walk"], to: ["walk"] }],
    ],
    ["nothing", {}, {}, []],
    ["the same session, once as a list", {}, { sessions: [session("cross_training", 40)] }, []],
    [
      "a comment added",
      {},
      { comment: "Stiff on the stairs" },
      [{ field: "comment", from: null, to: "Stiff on the stairs" }],
    ],
    [
      "the next-day answer",
      { soreAfterYesterdaysRun: false },
      { soreAfterYesterdaysRun: true },
      [{ field: "soreAfterYesterdaysRun", from: false, to: true }],
    ],
    [
      "a session added",
      { sessions: [session("cross_training", 40)] },
      { sessions: [session("cross_training", 40), session("mobility", 10, false)] },
      [{ field: "sessions", from: ["cross_training|40|1"], to: ["cross_training|40|1", "mobility|10|0"] }],
    ],
  ])("names %s with its old and new value", (_label, before, after, expected) => {
    // Stored reports are read through the engine's schema, as here.
    expect(diffCheckIns(CheckIn.parse(buildCheckIn(before)), CheckIn.parse(buildCheckIn(after)))).toEqual(expected);
  });
});
