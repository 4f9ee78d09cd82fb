// The physio tunes a patient's plan: a settings_change event with only the fields that change,
// an audit row, then the replay and the dashboard snapshot. Tissue rules hold whatever is asked.
import "server-only";
import { z } from "zod";
import { hasControlCharacter } from "@/lib/validation/free-text";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { correctedIntake, PlanSettingsPatch, type PlanEvent, type PlanSettings, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { currentSettings } from "../physio/load-patient-plan";
import { changedFields, diffSettings } from "./plan-changes";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";
import { recordPlanEvent } from "./record-plan-event";

// A physio's or runner's note on a change (pause, override, discharge): free text, no control characters.
export const Note = z
  .string()
  .trim()
  .max(1000)
  .refine((v) => !hasControlCharacter(v), { message: "control character" });

const SettingsInput = z.object({ settings: PlanSettingsPatch, note: Note.optional() });

// Keeps only the fields whose value differs from the settings in force.
function onlyChanges(current: PlanSettings, patch: PlanSettingsPatch): PlanSettingsPatch {
  const changed = new Set(
    diffSettings(current, patch)
      .filter((c) => c.from !== c.to)
      .map((c) => c.field),
  );
  const result: Record<string, unknown> = {};
  for (const field of changedFields(patch)) {
    if (!changed.has(field)) continue;
    const [group, key] = field.split(".") as [keyof PlanSettingsPatch, string | undefined];
    if (key)
      result[group] = {
        ...(result[group] as object | undefined),
        [key]: (patch[group] as Record<string, unknown>)[key],
      };
    else result[group] = patch[group];
  }
  return result as PlanSettingsPatch;
}

export async function changePlanSettings(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, SettingsInput);
  const { settings: requested, note } = input;
  // The tissue as corrected: a plan corrected to bone follows bone's rules.
  const { tissue } = correctedIntake(plan.intake, plan.events, today);
  // DOMAIN §3: a bone stress injury accepts no pain; the pain-monitoring model (and its baseline
  // pain, Silbernagel 2007) is for tendons only.
  if (tissue === "bone" && requested.tolerance !== undefined && requested.tolerance > 0) {
    throw new AppError("INVALID_INPUT", "patient.errors.boneTolerance", { field: "tolerance" });
  }
  if (tissue !== "tendon" && requested.tendonPainModel === true) {
    throw new AppError("INVALID_INPUT", "patient.errors.tendonOnly", { field: "tendonPainModel" });
  }
  if (tissue !== "tendon" && requested.tendonBaseline !== undefined && requested.tendonBaseline > 0) {
    throw new AppError("INVALID_INPUT", "patient.errors.tendonBaselineOnly", { field: "tendonBaseline" });
  }
  const current = currentSettings(plan, today);
  const patch = onlyChanges(current, requested);
  const changes = diffSettings(current, patch);
  if (changes.length === 0) throw new AppError("INVALID_INPUT", "patient.errors.noChange");
  const event: PlanEvent = {
    kind: "settings_change",
    date: today,
    by: "physio",
    settings: patch,
    ...(note ? { note } : {}),
  };
  return recordPlanEvent(db, caller, plan, event, { changes }, today);
}
