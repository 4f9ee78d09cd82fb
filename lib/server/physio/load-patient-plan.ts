// A patient's plan as their physio sees it: the replayed state, the current settings, the
// check-ins, notes, the physio's events and the audit log. Only the linked physio gets it.
import "server-only";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { listOtherPlans } from "@/lib/server/physio/archive-queries";
import { listAudit } from "@/lib/server/plan/audit-queries";
import { listNotes } from "@/lib/server/physio/note-queries";
import { findRunnerName } from "@/lib/server/physio/dashboard-queries";
import {
  correctedIntake,
  settingsInForce,
  type Intake,
  effectiveTolerance,
  readinessAttempts,
  type PlanSettings,
  type PlanState,
  type ReadinessAttempt,
  type ReadinessTestId,
} from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf, type LoadedPlan } from "../plan/load-plan";
import { listCorrections, type CorrectedDay } from "../check-in/check-in-history";
import { programSlotsOf, type ProgramSlot } from "../plan/patient-program";
import { listPlanChanges, type PlanChange } from "../plan/plan-changes";

// A physio's own linked patient; anyone else (a runner, another physio) gets NOT_FOUND, so the
// answer does not tell whether the plan exists. A runner calling a physio action gets FORBIDDEN first.
export async function loadPatientPlan(db: Db, caller: SessionUser, planId: string): Promise<LoadedPlan> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "errors.forbidden");
  return loadPlan(db, caller, planId, (c, row) => isVerifiedPhysio(c) && row.physioId === c.id);
}

// The settings in force on `today`: the starting settings with every settings_change up to it, as the
// replay has them (a corrected tissue brings its own defaults).
export function currentSettings(plan: LoadedPlan, today: string): PlanSettings {
  return settingsInForce(plan.intake, plan.settings, plan.events, today);
}

export type Patient = {
  planId: string;
  name: string;
  today: string;
  plan: LoadedPlan;
  state: PlanState;
  /** The intake as corrected up to `today` (what the plan replays; the header shows it). */
  intake: Intake;
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

/** The lists a page may leave out: each section of the patient page reads only the ones it shows. */
export type PatientPart = "notes" | "audit" | "changes" | "corrections";
export const ALL_PATIENT_PARTS: readonly PatientPart[] = ["notes", "audit", "changes", "corrections"];

/** `today` defaults to the runner's own day (tests pass one). A list not in `parts` comes back empty. */
export async function getPatient(
  db: Db,
  caller: SessionUser,
  planId: string,
  day?: string,
  parts: readonly PatientPart[] = ALL_PATIENT_PARTS,
): Promise<Patient> {
  const plan = await loadPatientPlan(db, caller, planId);
  const today = day ?? plan.today;
  const read = <R>(part: PatientPart, load: () => Promise<R[]>): Promise<R[]> =>
    parts.includes(part) ? load() : Promise.resolve([]);
  const [name, notes, audit, changes, corrections, otherPlans] = await Promise.all([
    findRunnerName(db, plan.row.runnerId),
    read("notes", () => listNotes(db, plan.row.id, { physioId: caller.id })),
    read("audit", () => listAudit(db, plan.row.id)),
    read("changes", () => listPlanChanges(db, plan)),
    read("corrections", () => listCorrections(db, plan.row.id)),
    listOtherPlans(db, plan.row.id, plan.row.runnerId, caller.id),
  ]);
  const state = stateOf(plan, today);
  const settings = currentSettings(plan, today);
  const events = plan.events.filter((e) => e.date <= today);
  const intake = correctedIntake(plan.intake, plan.events, today);
  return {
    planId: plan.row.id,
    name: name ?? "",
    today,
    plan,
    state,
    intake,
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
      tolerance: effectiveTolerance(intake, settings),
    }),
  };
}
