"use server";

import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { toLocale } from "@/lib/i18n/routing";
import type { FormResult } from "@/lib/http/form-action";
import { planAction, planFormAction } from "@/lib/http/plan-action";
import { addNote } from "@/lib/server/physio/add-note";
import { NoteSchema } from "@/lib/forms/schemas/note";
import {
  ClearanceSchema,
  DecisionSchema,
  DischargeSchema,
  EndPauseSchema,
  OverrideSchema,
  PauseSchema,
  ReopenSchema,
} from "@/lib/forms/schemas/plan-control";
import { changePlanSettings } from "@/lib/server/plan/change-plan-settings";
import { decideTransition } from "@/lib/server/plan/decide-transition";
import { changeProgram } from "@/lib/server/plan/change-program";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { dischargePlan } from "@/lib/server/plan/discharge-plan";
import { endLinkAsPhysio } from "@/lib/server/invite/end-link";
import { overridePlan } from "@/lib/server/plan/override-plan";
import { endPause, startPause } from "@/lib/server/plan/pause-plan";
import { clearRedFlag } from "@/lib/server/check-in/clear-red-flag";
import { recordClinicTests } from "@/lib/server/check-in/record-clinic-tests";
import { reopenPlan } from "@/lib/server/physio/archive";
import { intakeCorrectionFrom, jsonField, optional, readinessTestsFrom, text } from "@/lib/http/form-fields";

// Each action checks its caller (a physio) itself; the service checks the link to the patient.
const num = (form: FormData, name: string) => (text(form, name).trim() === "" ? Number.NaN : Number(text(form, name)));
const checked = (form: FormData, name: string) => form.get(name) === "on";

const physioCall = (form: FormData, work: (caller: SessionUser, planId: string) => Promise<unknown>) =>
  planAction("physio", form, work);

export async function changeSettingsAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return physioCall(form, async (caller, planId) => {
    const settings = {
      ...(form.has("tolerance") ? { tolerance: num(form, "tolerance") } : {}),
      painFreeDays: {
        toPhase2: num(form, "painFreeDays.toPhase2"),
        toPhase3: num(form, "painFreeDays.toPhase3"),
        toPhase4: num(form, "painFreeDays.toPhase4"),
      },
      minPhaseDays: {
        phase1: num(form, "minPhaseDays.phase1"),
        phase2: num(form, "minPhaseDays.phase2"),
        phase3: num(form, "minPhaseDays.phase3"),
      },
      approvalRequired: {
        toPhase2: checked(form, "approvalRequired.toPhase2"),
        toPhase3: checked(form, "approvalRequired.toPhase3"),
        toPhase4: checked(form, "approvalRequired.toPhase4"),
      },
      ...(form.has("tendonShown") ? { tendonPainModel: checked(form, "tendonPainModel") } : {}),
      ...(form.has("tendonBaseline") ? { tendonBaseline: num(form, "tendonBaseline") } : {}),
      maxLevelsPerWeek: num(form, "maxLevelsPerWeek"),
    };
    await changePlanSettings(getDb(), caller, { planId, input: { settings, note: optional(form, "note") } });
  });
}

// The pressed button (approve or decline) arrives as `decision`; a saved answer empties the form.
export async function decideTransitionAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    DecisionSchema,
    (caller, planId, input) => decideTransition(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

export async function clearRedFlagAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    ClearanceSchema,
    (caller, planId, input) => clearRedFlag(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

// A saved note empties the form, so it is not sent twice.
export async function addNoteAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    NoteSchema,
    (caller, planId, input) => addNote(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

// The program editor sends its items as one JSON field; anything that is not JSON is bad input.
export async function changeProgramAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return physioCall(form, async (caller, planId) => {
    const input = {
      phase: text(form, "phase"),
      sessionKind: text(form, "sessionKind"),
      items: form.get("reset") === "1" ? [] : jsonField(form, "items"),
      instruction: optional(form, "instruction"),
      note: optional(form, "note"),
    };
    await changeProgram(getDb(), caller, { planId, input });
  });
}

// A saved change empties the form, so its note is not sent twice.
export async function overrideAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    OverrideSchema,
    (caller, planId, input) => overridePlan(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

// A started or ended pause empties its form.
export async function startPauseAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    PauseSchema,
    (caller, planId, input) => startPause(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

export async function endPauseAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "physio",
    form,
    EndPauseSchema,
    (caller, planId, input) => endPause(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

export async function correctIntakeAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return physioCall(form, async (caller, planId) => {
    await correctIntake(getDb(), caller, {
      planId,
      input: { intake: intakeCorrectionFrom(form), note: optional(form, "note") },
    });
  });
}

export async function dischargeAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction("physio", form, DischargeSchema, (caller, planId, input) =>
    dischargePlan(getDb(), caller, { planId, input }),
  );
}

// The physio stops following the patient: their access ends, so the page they were on is gone too.
export async function endLinkAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await physioCall(form, (caller, planId) => endLinkAsPhysio(getDb(), caller, planId));
  if (result.ok) redirect(`/${toLocale(text(form, "locale"))}/physio`);
  return result;
}

// Running tests measured in the practice: each test's boxes as `${test}.${box}`, blank tests left out.
export async function recordClinicTestsAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return physioCall(form, async (caller, planId) => {
    await recordClinicTests(getDb(), caller, {
      planId,
      input: { tests: readinessTestsFrom(form), note: optional(form, "note") },
    });
  });
}

// A discharged patient comes back: a new plan (the archived one stays as it was); the physio lands on it.
export async function reopenPlanAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  let created = "";
  const result = await planFormAction("physio", form, ReopenSchema, async (caller, planId, input) => {
    created = await reopenPlan(getDb(), caller, { planId, input });
  });
  if (result.status === "success") redirect(`/${toLocale(text(form, "locale"))}/physio/patients/${created}`);
  return result;
}
