"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { recordCheckIn, type CheckInOutcome } from "@/lib/server/check-in/record-check-in";

// Public endpoint: checks the caller, validates everything, and answers only after the commit.
export async function saveCheckInAction(planId: string, input: unknown): Promise<ActionResult<CheckInOutcome>> {
  const result = await runAction(async () => {
    const caller = await requireUser("runner");
    const { state, corrected } = await recordCheckIn(getDb(), caller, { planId: String(planId), input });
    const date =
      typeof input === "object" && input && "date" in input ? String((input as { date: unknown }).date) : state.asOf;
    return { decision: state.lastDecision, status: state.status, phase: state.phase, corrected, date };
  });
  if (result.ok) revalidatePath("/[locale]/(app)", "layout");
  return result;
}
