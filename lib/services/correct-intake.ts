// Correcting the intake (the running before the injury): the physio of a linked plan, or the
// runner of a self-guided plan (no physio to ask). The plan is replayed as if the intake had been
// right from the start: ladder, cross-training minutes and projection follow. Only changed fields are stored.
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { correctedIntake, Intake, IntakeCorrection, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { recordPlanEvent } from "./record-plan-event";
import { invalidInput } from "./invalid-input";
import { loadPlan } from "./load-plan";

const CorrectionInput = z.object({ intake: IntakeCorrection, note: Note.optional() });

const fields = ["runsPerWeek", "weeklyMinutes", "longestRunMinutes", "trainingDays"] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function correctIntake(
  db: Db,
  caller: SessionUser,
  params: { planId: string; input: unknown; today?: string },
): Promise<PlanState> {
  const plan = await loadPlan(db, caller, params.planId, (c, row) =>
    c.role === "physio" ? row.physioId === c.id : row.runnerId === c.id && row.physioId === null,
  );
  const today = params.today ?? plan.today;
  const parsed = CorrectionInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  // The physio's note is required (their reason is shown to the runner); the runner's is optional.
  const note = parsed.data.note?.trim();
  if (caller.role === "physio" && !note)
    throw new AppError("INVALID_INPUT", "control.errors.noteRequired", { field: "note" });
  const current = correctedIntake(plan.intake, plan.events, today);
  const requested = {
    ...parsed.data.intake,
    ...(parsed.data.intake.trainingDays
      ? { trainingDays: [...new Set(parsed.data.intake.trainingDays)].sort((a, b) => a - b) }
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
