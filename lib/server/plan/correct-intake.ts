// Correcting the intake: the physio of a linked plan, or the runner of a self-guided plan (no physio
// to ask) for the running before the injury. The injury itself (site, tissue, bone site, a tendon's
// rest pain, the last run) is the physio's alone: it sets the tissue's rules. A bone stress injury's diagnosis date is the
// physio's too: the bone's rest then counts from it instead of the last run (Warden et al. 2014). The plan is replayed as if the intake had been
// right from the start: ladder, cross-training minutes and projection follow. Only changed fields are stored.
import "server-only";
import { z } from "zod";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { correctedIntake, Intake, IntakeCorrection, toDay, toIso, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { recordPlanEvent } from "./record-plan-event";
import { loadPlan } from "./load-plan";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";

const CorrectionInput = z.object({ intake: IntakeCorrection, note: Note.optional() });

// A specific message for the injury's fields; the numbers fall back to the fields at fault.
const fieldMessages = {
  site: "control.errors.site",
  tissue: "control.errors.tissue",
  boneSite: "control.errors.boneSite",
  restPainBaseline: "control.errors.restPainBaseline",
  lastRunOn: "control.errors.lastRunOn",
  diagnosedOn: "control.errors.diagnosedOn",
  side: "control.errors.side",
  onsetOn: "control.errors.onsetOn",
  diagnosis: "control.errors.diagnosis",
  imaging: "control.errors.imaging",
} as const;
const explainField = (error: z.ZodError, input: unknown) => {
  const imaging = (input as { intake?: { imaging?: { type?: unknown } } } | null)?.intake?.imaging;
  for (const issue of error.issues) {
    const field = issue.path[0] === "intake" ? (issue.path[1] as keyof typeof fieldMessages) : undefined;
    // A date or finding without the type of imaging: say what is missing.
    if (field === "imaging" && issue.path[2] === "type" && (imaging?.type === undefined || imaging.type === ""))
      return new AppError("INVALID_INPUT", "control.errors.imagingNeedsType", { field });
    if (field && field in fieldMessages) return new AppError("INVALID_INPUT", fieldMessages[field], { field });
  }
  return undefined;
};

const fields = [
  "site",
  "tissue",
  "boneSite",
  "restPainBaseline",
  "lastRunOn",
  "side",
  "onsetOn",
  "diagnosis",
  "imaging",
  "runsPerWeek",
  "weeklyMinutes",
  "longestRunMinutes",
  "trainingDays",
  "diagnosedOn",
] as const;
/** The injury itself is the physio's to correct: it sets the tissue's rules (bone, tendon) and the rest. */
const physioOnly = new Set<string>([
  "site",
  "tissue",
  "boneSite",
  "restPainBaseline",
  "lastRunOn",
  "diagnosedOn",
  "side",
  "onsetOn",
  "diagnosis",
  "imaging",
]);

/** A date further back than this is almost certainly a typo (the onboarding's last-run limit too). */
const MAX_DAYS_BACK = 730;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The linked physio, or the runner of a self-guided plan.
const loadCorrectable = (db: Db, caller: SessionUser, planId: string) =>
  loadPlan(db, caller, planId, (c, row) =>
    c.role === "physio" ? isVerifiedPhysio(c) && row.physioId === c.id : row.runnerId === c.id && row.physioId === null,
  );

export async function correctIntake(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, CorrectionInput, {
    load: loadCorrectable,
    explain: (error) => explainField(error, params.input),
  });
  // The physio's note is required (their reason is shown to the runner); the runner's is optional.
  const note = input.note?.trim();
  if (caller.role === "physio" && !note)
    throw new AppError("INVALID_INPUT", "control.errors.noteRequired", { field: "note" });
  const current = correctedIntake(plan.intake, plan.events, today);
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
  const changed = new Set<string>(changes.map((c) => c.field));
  const refuse = (field: string, key: string) => {
    throw new AppError("INVALID_INPUT", key, { field });
  };
  const blocked = changes.find((c) => physioOnly.has(c.field) && caller.role !== "physio");
  if (blocked)
    refuse(
      blocked.field,
      blocked.field === "diagnosedOn" ? "control.errors.diagnosedOnBoneOnly" : "control.errors.injuryPhysioOnly",
    );
  const tissue = requested.tissue ?? current.tissue;
  // A bone site and a diagnosis date belong to a bone stress injury, a rest-pain baseline to a tendon.
  if ((changed.has("boneSite") || changed.has("diagnosedOn")) && tissue !== "bone")
    refuse(
      changed.has("boneSite") ? "boneSite" : "diagnosedOn",
      changed.has("boneSite") ? "control.errors.boneSiteBoneOnly" : "control.errors.diagnosedOnBoneOnly",
    );
  if (changed.has("restPainBaseline") && tissue !== "tendon")
    refuse("restPainBaseline", "control.errors.restPainTendonOnly");
  const earliest = toIso(toDay(today) - MAX_DAYS_BACK);
  const diagnosedOn = requested.diagnosedOn;
  if (changed.has("diagnosedOn") && diagnosedOn !== undefined && (diagnosedOn > today || diagnosedOn < earliest))
    refuse("diagnosedOn", "control.errors.diagnosedOn");
  // The last run before the injury: on or before the plan's first day (the plan counts the time off from it).
  const lastRunOn = requested.lastRunOn;
  if (changed.has("lastRunOn") && lastRunOn !== undefined && (lastRunOn > plan.intake.startOn || lastRunOn < earliest))
    refuse("lastRunOn", "control.errors.lastRunOnRange");
  // The complaint began on or before the plan's first day; imaging was done by today.
  const onsetOn = requested.onsetOn;
  if (changed.has("onsetOn") && onsetOn !== undefined && (onsetOn > plan.intake.startOn || onsetOn < earliest))
    refuse("onsetOn", "control.errors.onsetOn");
  const imagingOn = requested.imaging?.on;
  if (changed.has("imaging") && imagingOn !== undefined && (imagingOn > today || imagingOn < earliest))
    refuse("imaging", "control.errors.imaging");
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
