// The physio clears a red flag after seeing the patient (DOMAIN §5): the plan resumes, one level
// lower in phase 4. The clinical finding is required and goes to the physio's file only; the message to
// the runner (optional) is the note the runner reads on their plan.
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "../plan/change-plan-settings";
import { recordPlanEvent } from "../plan/record-plan-event";
import { stateOf } from "../plan/load-plan";
import { loadPlanChange, type PlanChangeParams } from "../plan/plan-change-input";

const ClearanceInput = z.object({ finding: Note.min(1), note: Note.optional() });

export async function clearRedFlag(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, ClearanceInput);
  const before = stateOf(plan, today);
  if (before.status !== "paused_red_flag") throw new AppError("CONFLICT", "patient.errors.notPaused");
  const redFlags = before.redFlags.map((r) => r.key);
  return recordPlanEvent(
    db,
    caller,
    plan,
    { kind: "clearance", date: today, by: "physio", ...(input.note ? { note: input.note } : {}) },
    { redFlags },
    today,
    (after) => after.status !== "paused_red_flag",
    input.finding,
  );
}
