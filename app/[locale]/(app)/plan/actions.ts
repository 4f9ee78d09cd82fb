"use server";

import { revalidatePath } from "next/cache";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { intakeCorrectionFrom } from "@/lib/http/form-fields";
import { isForm, notAForm, runAction, type ActionResult } from "@/lib/http/action-result";
import { correctIntake } from "@/lib/services/correct-intake";
import { endPause, startPause } from "@/lib/services/pause-plan";

// The runner's own controls on /plan: a pause, and correcting the intake of a self-guided plan.
// Each action checks its caller (a runner) itself; the service checks the plan is theirs.
const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const optional = (form: FormData, name: string) => text(form, name).trim() || undefined;

async function runnerCall(
  form: FormData,
  work: (caller: SessionUser, planId: string) => Promise<unknown>,
): Promise<ActionResult> {
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    // The plan's day is the runner's (the loader works it out from the runner's time zone).
    await work(caller, text(form, "planId"));
  });
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

export async function runnerStartPauseAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runnerCall(form, async (caller, planId) => {
    await startPause(getDb(), caller, {
      planId,
      input: {
        from: text(form, "from"),
        to: text(form, "to"),
        reason: text(form, "reason"),
        note: optional(form, "note"),
      },
    });
  });
}

export async function runnerEndPauseAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  return runnerCall(form, async (caller, planId) => {
    await endPause(getDb(), caller, { planId, input: { note: optional(form, "note") } });
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
