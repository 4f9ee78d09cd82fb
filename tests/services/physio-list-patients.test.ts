import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import { seedPatients } from "@/lib/scripts/seed-patients";
import type { Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/server/check-in/queries";
import { insertPlan } from "@/lib/server/plan/queries";
import * as schema from "@/lib/db/schema";
import { defaultSettings, Intake, type CheckIn } from "@/lib/engine";
import { listPatients, trendOf } from "@/lib/server/physio/list-patients";
import { applyView, readView } from "@/lib/validation/dashboard-view";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { syncPlanSummary } from "@/lib/server/plan/sync-plan-summary";
import { buildCheckIn } from "../engine/factories";
import { createUser } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db, pool } = await createTestDatabase();

// A patient started on 1 November with reports on the given days, its snapshot written as of `asOf`.
async function patient(physioId: string | undefined, name: string, reports: CheckIn[], asOf: string) {
  const row = await createUser(db, { name });
  const runner = { id: row.id, name, email: row.email, role: "runner" as const, locale: "en" as const };
  const intake = Intake.parse({
    site: "knee",
    tissue: "joint",
    lastRunOn: "2026-10-25",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-11-01",
  });
  const plan = await insertPlan(db, { runnerId: runner.id, physioId, intake, settings: defaultSettings(intake) });
  for (const c of reports) await upsertCheckIn(db, { planId: plan.id, ...checkInColumns(c) });
  await syncPlanSummary(
    db,
    { id: plan.id, intake, checkIns: reports },
    stateOf(await loadPlan(db, runner, plan.id), asOf),
  );
  return { runner, planId: plan.id };
}

const days = (from: number, to: number, overrides: Partial<CheckIn> = {}) =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    buildCheckIn({ date: `2026-11-${String(from + i).padStart(2, "0")}`, ...overrides }),
  );

describe("listPatients", () => {
  it("lists only the caller's patients, with adherence and the 3-day silence derived for today", async () => {
    const physio = await createCaller(db, "physio");
    const other = await createCaller(db, "physio");
    const mine = await patient(physio.id, "Mine", days(1, 10), "2026-11-10");
    await patient(other.id, "Theirs", days(1, 10), "2026-11-10");
    await patient(undefined, "Nobody's", days(1, 10), "2026-11-10");

    const onTheTenth = await listPatients(db, physio, "2026-11-10");
    expect(onTheTenth.patients.map((p) => p.planId)).toEqual([mine.planId]);
    expect(onTheTenth.patients[0]).toMatchObject({
      lastCheckInOn: "2026-11-10",
      daysSinceCheckIn: 0,
      adherence: 1,
      alerts: [],
    });

    // Four days later, without a report since the 10th: three silent days, read from the same snapshot.
    const later = await listPatients(db, physio, "2026-11-14");
    expect(later.patients[0]).toMatchObject({ daysSinceCheckIn: 4, alerts: [{ kind: "missing_check_ins", days: 3 }] });
    expect(later.patients[0]!.adherence).toBeCloseTo(10 / 14);
    expect((await listPatients(db, physio, "2026-11-13")).patients[0]!.alerts).toEqual([]);
  });

  // Pain rising three reports in a row (DOMAIN §5): an alert, not a pause.
  it("shows a red flag and rising pain as alerts, and the pain of the last reports", async () => {
    const physio = await createCaller(db, "physio");
    const paused = await patient(
      physio.id,
      "Paused",
      [...days(1, 3), buildCheckIn({ date: "2026-11-04", nightPain: true })],
      "2026-11-04",
    );
    const rising = await patient(
      physio.id,
      "Rising",
      [
        ...days(1, 3),
        buildCheckIn({ date: "2026-11-04", painDuring: 1 }),
        buildCheckIn({ date: "2026-11-05", painDuring: 2 }),
        buildCheckIn({ date: "2026-11-06", painDuring: 3 }),
      ],
      "2026-11-06",
    );
    const { patients } = await listPatients(db, physio, "2026-11-06");
    const byId = new Map(patients.map((p) => [p.planId, p]));
    expect(byId.get(paused.planId)).toMatchObject({ status: "paused_red_flag", alerts: [{ kind: "red_flag" }] });
    expect(byId.get(rising.planId)).toMatchObject({ status: "active", pain: [0, 0, 0, 1, 2, 3], painTrend: "rising" });
    expect(byId.get(rising.planId)!.alerts.map((a) => a.kind)).toContain("pain_rising");
  });

  // Red-flag triage (the engine's rules table): same day before within days before the next visit.
  it("triages red flags: a suspected DVT or a pop sorts before night pain, night pain before limping", async () => {
    const physio = await createCaller(db, "physio");
    const flagged = (name: string, flag: Partial<CheckIn>) =>
      patient(physio.id, name, [...days(1, 3), buildCheckIn({ date: "2026-11-04", ...flag })], "2026-11-04");
    const limp = await flagged("Limp", { limping: true });
    const night = await flagged("Night", { nightPain: true });
    const calf = await flagged("Calf", { hotSwollenCalf: true, limping: true });
    const pop = await flagged("Pop", { suddenSharpPain: true });
    const { patients } = await listPatients(db, physio, "2026-11-04");
    const alertOf = (planId: string) => patients.find((p) => p.planId === planId)?.alerts[0];
    expect(alertOf(calf.planId)).toEqual({
      kind: "red_flag",
      urgency: "same_day",
      signs: ["hotSwollenCalf", "limping"],
    });
    expect(alertOf(pop.planId)).toEqual({ kind: "red_flag", urgency: "same_day", signs: ["suddenSharpPain"] });
    expect(alertOf(night.planId)).toEqual({ kind: "red_flag", urgency: "within_days", signs: ["nightPain"] });
    expect(alertOf(limp.planId)).toEqual({ kind: "red_flag", urgency: "next_visit", signs: ["limping"] });
    const order = applyView(patients, readView(new URLSearchParams())).map((p) => p.name);
    expect(order).toEqual(["Calf", "Pop", "Night", "Limp"]);
  });

  // A flag past its window (redFlagPriority): still on top of every other alert and still saying it is not
  // cleared, but no longer above a fresh flag that has a window to meet.
  it("sorts a red flag past its window below fresh urgent flags, above a next-visit flag", async () => {
    const physio = await createCaller(db, "physio");
    const flagged = (name: string, on: number, flag: Partial<CheckIn>) => {
      const day = `2026-11-${String(on).padStart(2, "0")}`;
      return patient(physio.id, name, [...days(1, on - 1), buildCheckIn({ date: day, ...flag })], day);
    };
    const old = await flagged("Old calf", 2, { hotSwollenCalf: true });
    await flagged("Pop", 12, { suddenSharpPain: true });
    await flagged("Night", 10, { nightPain: true });
    await flagged("Limp", 12, { limping: true });
    const { patients } = await listPatients(db, physio, "2026-11-12");
    const oldAlert = patients.find((p) => p.planId === old.planId)?.alerts[0];
    expect(oldAlert).toEqual({
      kind: "red_flag",
      urgency: "same_day",
      signs: ["hotSwollenCalf"],
      overdue: true,
      days: 10,
    });
    const order = applyView(patients, readView(new URLSearchParams())).map((p) => p.name);
    expect(order).toEqual(["Pop", "Night", "Old calf", "Limp"]);
  });

  it("refuses a runner", async () => {
    const runner = await createCaller(db);
    await expect(listPatients(db, runner, "2026-11-10")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reads 500 seeded patients with one query", async () => {
    const physio = await createCaller(db, "physio");
    await seedPatients(db, physio.id, 500, "2026-11-20");

    const queries: string[] = [];
    const counted = drizzle(pool, { schema, logger: { logQuery: (query) => queries.push(query) } }) as unknown as Db;
    const { patients } = await listPatients(counted, physio, "2026-11-20");
    expect(queries).toHaveLength(1);
    expect(patients).toHaveLength(500);
    expect(new Set(patients.map((p) => p.phase)).size).toBeGreaterThan(1);
    expect(patients.some((p) => p.alerts.some((a) => a.kind === "red_flag"))).toBe(true);
    expect(patients.some((p) => p.alerts.some((a) => a.kind === "missing_check_ins"))).toBe(true);
  });
});

describe("trendOf", () => {
  it.each([
    [[], "none"],
    [[0], "none"],
    [[0, 1], "steady"],
    [[0, 0, 0, 2, 2, 2], "rising"],
    [[3, 3, 3, 1, 0, 0], "falling"],
    [[1, 1, 1, 1, 2, 1], "steady"],
  ])("%j is %s", (pain, trend) => {
    expect(trendOf(pain)).toBe(trend);
  });
});
