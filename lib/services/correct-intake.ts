// Correcting the intake (the running before the injury): the physio of a linked plan, or the
// runner of a self-guided plan (no physio to ask). A bone stress injury's diagnosis date is the
// physio's alone: the bone's rest then counts from it instead of the last run (Warden et al. 2014). The plan is replayed as if the intake had been
// right from the start: ladder, cross-training minutes and projection follow. Only changed fields are stored.
import { z } from "zod";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { correctedIntake, Intake, IntakeCorrection, toDay, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { recordPlanEvent } from "./record-plan-event";
import { loadPlan } from "./load-plan";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";

const CorrectionInput = z.object({ intake: IntakeCorrection, note: Note.optional() });

const diagnosisError = (error: z.ZodError) =>
  error.issues.some((i) => i.path[0] === "intake" && i.path[1] === "diagnosedOn")
    ? new AppError("INVALID_INPUT", "control.errors.diagnosedOn", { field: "diagnosedOn" })
    : undefined;

const fields = ["runsPerWeek", "weeklyMinutes", "longestRunMinutes", "trainingDays", "diagnosedOn"] as const;

/** A diagnosis further back than this is almost certainly a typo (the onboarding's last-run limit too). */
const MAX_DAYS_SINCE_DIAGNOSIS = 730;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The linked physio, or the runner of a self-guided plan.
const loadCorrectable = (db: Db, caller: SessionUser, planId: string) =>
  loadPlan(db, caller, planId, (c, row) =>
    c.role === "physio" ? isVerifiedPhysio(c) && row.physioId === c.id : row.runnerId === c.id && row.physioId === null,
  );

export async function correctIntake(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, CorrectionInput, {
    load: loadCorrectable,
    explain: diagnosisError,
  });
  // The physio's note is required (their reason is shown to the runner); the runner's is optional.
  const note = input.note?.trim();
  if (caller.role === "physio" && !note)
    throw new AppError("INVALID_INPUT", "control.errors.noteRequired", { field: "note" });
  const current = correctedIntake(plan.intake, plan.events, today);
  const diagnosedOn = input.intake.diagnosedOn;
  if (diagnosedOn !== undefined) {
    if (caller.role !== "physio" || current.tissue !== "bone")
      throw new AppError("INVALID_INPUT", "control.errors.diagnosedOnBoneOnly", { field: "diagnosedOn" });
    if (diagnosedOn > today || toDay(diagnosedOn) < toDay(today) - MAX_DAYS_SINCE_DIAGNOSIS)
      throw new AppError("INVALID_INPUT", "control.errors.diagnosedOn", { field: "diagnosedOn" });
  }
  const requested = {
    ...input.intake,
    ...(input.intake.trainingDays
      ? { trainingDays: [...new Set(input.intake.trainingDays)].sort((a, b) => a - b) }
      : {}),
  };
  const changes = fields
    .filter((f) => requested[f] !== undefined && !same(requested[f], current[f]))
    .map((f) => ({ field: f, from: current[f], to: requested[f]! }));
  if (changes.length === 0) throw new AppError("INVALID_INPUT", "patient.errors.noChange");
  const merged = Intake.safeParse({ ...current, ...Object.fromEntries(changes.map((c) => [c.field, c.to])) });
  if (!merged.success) {
    const longest = merged.error.issues.some((i) => i.path[0] === "longestRunMinutes");
    throw new AppError("INVALID_INPUT", longest ? "control.errors.longestOverWeekly" : "errors.invalidInput", {
      field: longest ? "longestRunMinutes" : "form",
    });
  }
  const intake = Object.fromEntries(changes.map((c) => [c.field, c.to])) as IntakeCorrection;
  const event = { kind: "intake_correction" as const, date: today, by: caller.role, intake, ...(note ? { note } : {}) };
  return recordPlanEvent(db, caller, plan, event, { changes }, today);
}
