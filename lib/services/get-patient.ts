// A patient's plan as their physio sees it: the replayed state, the current settings, the
// check-ins, notes, the physio's events and the audit log. Only the linked physio gets it.
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { listOtherPlans } from "@/lib/db/queries/archive";
import { listAudit } from "@/lib/db/queries/audit";
import { listNotes } from "@/lib/db/queries/notes";
import { findRunnerName } from "@/lib/db/queries/patients";
import {
  applySettingsPatch,
  effectiveTolerance,
  readinessAttempts,
  type PlanSettings,
  type PlanState,
  type ReadinessAttempt,
  type ReadinessTestId,
} from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf, type LoadedPlan } from "./load-plan";
import { listCorrections, type CorrectedDay } from "./check-in-history";
import { programSlotsOf, type ProgramSlot } from "./patient-program";
import { listPlanChanges, type PlanChange } from "./plan-changes";

// A physio's own linked patient; anyone else (a runner, another physio) gets NOT_FOUND, so the
// answer does not tell whether the plan exists. A runner calling a physio action gets FORBIDDEN first.
export async function loadPatientPlan(db: Db, caller: SessionUser, planId: string): Promise<LoadedPlan> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "errors.forbidden");
  return loadPlan(db, caller, planId, (c, row) => isVerifiedPhysio(c) && row.physioId === c.id);
}

// The settings in force on `today`: the starting settings with every settings_change up to it.
export function currentSettings(plan: LoadedPlan, today: string): PlanSettings {
  return plan.events
    .filter((e) => e.kind === "settings_change" && e.date <= today)
    .reduce((s, e) => (e.kind === "settings_change" ? applySettingsPatch(s, e.settings) : s), plan.settings);
}

export type Patient = {
  planId: string;
  name: string;
  today: string;
  plan: LoadedPlan;
  state: PlanState;
  settings: PlanSettings;
  notes: { id: string; body: string; visibility: "patient" | "file"; createdAt: string; authorName: string | null }[];
  programs: ProgramSlot[];
  audit: {
    id: number;
    action: string;
    detail: Record<string, unknown>;
    at: string;
    actorName: string | null;
    actorRole: string | null;
  }[];
  changes: PlanChange[];
  corrections: CorrectedDay[];
  /** Every attempt at each readiness test, the runner's and those measured in the practice, oldest first. */
  readiness: Partial<Record<ReadinessTestId, ReadinessAttempt[]>>;
  /** The runner's other plans with this physio (a reopened plan and the one it came from), newest first. */
  otherPlans: { planId: string; startOn: string; dischargedOn: string | null }[];
};

/** `today` defaults to the runner's own day (tests pass one). */
export async function getPatient(db: Db, caller: SessionUser, planId: string, day?: string): Promise<Patient> {
  const plan = await loadPatientPlan(db, caller, planId);
  const today = day ?? plan.today;
  const [name, notes, audit, changes, corrections, otherPlans] = await Promise.all([
    findRunnerName(db, plan.row.runnerId),
    listNotes(db, plan.row.id, { physioId: caller.id }),
    listAudit(db, plan.row.id),
    listPlanChanges(db, plan),
    listCorrections(db, plan.row.id),
    listOtherPlans(db, plan.row.id, plan.row.runnerId, caller.id),
  ]);
  const state = stateOf(plan, today);
  const settings = currentSettings(plan, today);
  const events = plan.events.filter((e) => e.date <= today);
  return {
    planId: plan.row.id,
    name: name ?? "",
    today,
    plan,
    state,
    programs: programSlotsOf(plan, state, settings, today),
    settings,
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    audit: audit.map((a) => ({ ...a, detail: (a.detail ?? {}) as Record<string, unknown>, at: a.at.toISOString() })),
    changes,
    corrections,
    otherPlans: otherPlans.map((p) => ({
      planId: p.planId,
      startOn: p.startOn ?? "",
      dischargedOn: p.dischargedOn,
    })),
    readiness: readinessAttempts({
      checkIns: plan.checkIns.filter((c) => c.date <= today),
      events,
      tolerance: effectiveTolerance(plan.intake, settings),
    }),
  };
}
