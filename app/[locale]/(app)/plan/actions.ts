"use server";

import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { intakeCorrectionFrom, optional } from "@/lib/http/form-fields";
import type { FormResult } from "@/lib/http/form-action";
import { isForm, notAForm, type ActionResult } from "@/lib/http/action-result";
import { planAction, planFormAction } from "@/lib/http/plan-action";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { endPause, startPause } from "@/lib/server/plan/pause-plan";
import { EndPauseSchema, PauseSchema } from "@/lib/forms/schemas/plan-control";

// The runner's own controls on /plan: a pause, and correcting the intake of a self-guided plan.
// Each action checks its caller (a runner) itself; the service checks the plan is theirs.
const runnerCall = (form: FormData, work: (caller: SessionUser, planId: string) => Promise<unknown>) =>
  planAction("runner", form, work);

// A started or ended pause empties its form.
export async function runnerStartPauseAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "runner",
    form,
    PauseSchema,
    (caller, planId, input) => startPause(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

export async function runnerEndPauseAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  return planFormAction(
    "runner",
    form,
    EndPauseSchema,
    (caller, planId, input) => endPause(getDb(), caller, { planId, input }),
    { resetForm: true },
  );
}

export async function runnerCorrectIntakeAction(
  _prev: ActionResult | undefined,
  form: FormData,
): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runnerCall(form, async (caller, planId) => {
    await correctIntake(getDb(), caller, {
      planId,
      input: { intake: intakeCorrectionFrom(form), note: optional(form, "note") },
    });
  });
}
