// The physio approves or declines the transition a patient is waiting for, with an optional note.
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { recordPlanEvent } from "./record-plan-event";
import { stateOf } from "./load-plan";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";

const DecisionInput = z.object({
  decision: z.enum(["approve", "decline"]),
  toPhase: z.coerce.number().pipe(z.union([z.literal(2), z.literal(3), z.literal(4)])),
  note: Note.optional(),
  /** The clinical finding behind the decision: for the physio's file only, never shown to the runner. */
  finding: Note.optional(),
});

export async function decideTransition(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, DecisionInput);
  const { decision, toPhase, note, finding } = input;
  const before = stateOf(plan, today);
  // The engine replays a day's events before that day's check-in, so a decision on the day the gate
  // was met (by today's report) would not take effect: recordPlanEvent refuses it (CONFLICT).
  // The decision must be about the transition that is actually pending (a stale page gets a clear answer).
  if (before.status !== "awaiting_approval" || before.pendingTransition !== toPhase)
    throw new AppError("CONFLICT", "patient.errors.notAwaiting");
  const kind = decision === "approve" ? ("approve_transition" as const) : ("decline_transition" as const);
  return recordPlanEvent(
    db,
    caller,
    plan,
    { kind, date: today, by: "physio", toPhase, ...(note ? { note } : {}) },
    { toPhase },
    today,
    (after) => !(after.status === "awaiting_approval" && after.pendingTransition === toPhase),
    finding || undefined,
  );
}
