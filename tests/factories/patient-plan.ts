// A runner's plan as the physio services find it: a physio and a runner, the plan (linked to the physio
// unless self-guided), its check-ins stored and its dashboard summary synced as of `today`.
import type { Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { upsertCheckIn } from "@/lib/server/check-in/queries";
import { insertPlan } from "@/lib/server/plan/queries";
import { defaultSettings, Intake, type CheckIn, type PlanSettings } from "@/lib/engine";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { syncPlanSummary } from "@/lib/server/plan/sync-plan-summary";
import { buildCheckIn } from "../engine/factories";
import { createCaller } from "./session-user";

export type PatientPlanOptions = {
  today: string;
  checkIns: CheckIn[];
  intake?: Partial<Intake>;
  settings?: Partial<PlanSettings>;
  selfGuided?: boolean;
};

export async function createPatientPlan(db: Db, options: PatientPlanOptions) {
  const physio = await createCaller(db, "physio");
  const runner = await createCaller(db);
  const intake = Intake.parse({
    site: "achilles",
    tissue: "tendon",
    lastRunOn: "2026-11-10",
    runsPerWeek: 3,
    weeklyMinutes: 120,
    longestRunMinutes: 45,
    trainingDays: [2, 4, 6],
    startOn: "2026-11-19",
    ...options.intake,
  });
  const settings = { ...defaultSettings(intake), ...options.settings };
  const physioId = options.selfGuided ? null : physio.id;
  const plan = await insertPlan(db, { runnerId: runner.id, physioId, intake, settings });
  const { checkIns } = options;
  for (const c of checkIns) await upsertCheckIn(db, { planId: plan.id, ...checkInColumns(c) });
  const loaded = await loadPlan(db, runner, plan.id);
  await syncPlanSummary(db, { id: plan.id, intake, checkIns }, stateOf(loaded, options.today));
  return { physio, runner, planId: plan.id };
}

export type ReportingPatientOptions = {
  tissue?: Intake["tissue"];
  /** Today's report over the defaults; null: nothing reported today. */
  today?: Partial<CheckIn> | null;
  settings?: Partial<PlanSettings>;
  checkIns?: CheckIn[];
  startOn?: string;
};

// A calf injury linked to a physio, started on the 19th, with pain-free reports on the 19th and 20th
// and today's report as given (pain 2 during the session by default).
export function createReportingPatient(db: Db, today: string, options: ReportingPatientOptions = {}) {
  const checkIns = options.checkIns ?? [
    buildCheckIn({ date: "2026-11-19" }),
    buildCheckIn({ date: "2026-11-20" }),
    ...(options.today === null ? [] : [buildCheckIn({ date: today, painDuring: 2, ...options.today })]),
  ];
  return createPatientPlan(db, {
    today,
    checkIns,
    intake: { site: "calf", tissue: options.tissue ?? "muscle", startOn: options.startOn ?? "2026-11-19" },
    settings: options.settings,
  });
}

// An achilles tendon (linked to a physio unless self-guided) started on the 19th with pain-free reports.
export function createTendonPatient(db: Db, today: string, options: { selfGuided?: boolean } = {}) {
  const checkIns = [buildCheckIn({ date: "2026-11-19" }), buildCheckIn({ date: "2026-11-20" })];
  return createPatientPlan(db, { today, checkIns, selfGuided: options.selfGuided });
}
