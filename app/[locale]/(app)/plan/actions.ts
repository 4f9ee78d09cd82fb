"use server";

import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { intakeCorrectionFrom, noteInputFrom, optional, pauseInputFrom } from "@/lib/http/form-fields";
import { isForm, notAForm, type ActionResult } from "@/lib/http/action-result";
import { planAction } from "@/lib/http/plan-action";
import { correctIntake } from "@/lib/server/plan/correct-intake";
import { endPause, startPause } from "@/lib/server/plan/pause-plan";

// The runner's own controls on /plan: a pause, and correcting the intake of a self-guided plan.
// Each action checks its caller (a runner) itself; the service checks the plan is theirs.
const runnerCall = (form: FormData, work: (caller: SessionUser, planId: string) => Promise<unknown>) =>
  planAction("runner", form, work);

export async function runnerStartPauseAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runnerCall(form, async (caller, planId) => {
    await startPause(getDb(), caller, { planId, input: pauseInputFrom(form) });
  });
}

export async function runnerEndPauseAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runnerCall(form, async (caller, planId) => {
    await endPause(getDb(), caller, { planId, input: noteInputFrom(form) });
  });
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
