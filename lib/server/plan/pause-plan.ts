// A pause for illness, a holiday or surgery (an `interruption`): the runner or their physio starts
// one, and either ends it. The engine plans rest on those days, holds the gates and moves the
// projection (DOMAIN §5). Each start and end is an event with its actor, an audit row and a note.
import "server-only";
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { recordPlanEvent } from "@/lib/server/plan/record-plan-event";
import { loadTypedPlanChange, type TypedPlanChange } from "@/lib/server/plan/plan-change-input";
import type { EndPauseInput, PauseInput } from "@/lib/forms/schemas/plan-control";
import { loadPlan, stateOf, type LoadedPlan } from "@/lib/server/plan/load-plan";

/** A pause starts within two weeks and lasts at most 12 weeks; longer needs a new plan of care. */
const PAUSE_LIMITS = { startWithinDays: 14, maxDays: 84 };

// The runner of the plan or the physio linked to it; anyone else gets NOT_FOUND.
async function loadOwnPlan(db: Db, caller: SessionUser, planId: string): Promise<LoadedPlan> {
  return loadPlan(db, caller, planId, (c, row) =>
    c.role === "runner" ? row.runnerId === c.id : isVerifiedPhysio(c) && row.physioId === c.id,
  );
}

const days = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

// The input is the pause form's parsed value (PauseSchema); its dates are checked against the plan's today.
export async function startPause(db: Db, caller: SessionUser, params: TypedPlanChange<PauseInput>): Promise<PlanState> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params, { load: loadOwnPlan });
  const { from, to, reason, note } = input;
  if (from < today) throw new AppError("INVALID_INPUT", "control.errors.pauseInPast", { field: "from" });
  if (days(today, from) > PAUSE_LIMITS.startWithinDays)
    throw new AppError("INVALID_INPUT", "control.errors.pauseTooFar", {
      field: "from",
      days: PAUSE_LIMITS.startWithinDays,
    });
  if (to < from) throw new AppError("INVALID_INPUT", "control.errors.pauseEndsBeforeStart", { field: "to" });
  if (days(from, to) + 1 > PAUSE_LIMITS.maxDays)
    throw new AppError("INVALID_INPUT", "control.errors.pauseTooLong", {
      field: "to",
      weeks: PAUSE_LIMITS.maxDays / 7,
    });
  if (stateOf(plan, today).pause) throw new AppError("CONFLICT", "control.errors.alreadyPaused");
  const event = {
    kind: "interruption" as const,
    date: today,
    by: caller.role,
    from,
    to,
    reason,
    ...(note ? { note } : {}),
  };
  return recordPlanEvent(db, caller, plan, event, { from, to, reason }, today);
}

// Ends the pause running today (the plan resumes today) or cancels one that has not begun.
export async function endPause(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<EndPauseInput>,
): Promise<PlanState> {
  const { plan, today, input } = await loadTypedPlanChange(db, caller, params, { load: loadOwnPlan });
  const pause = stateOf(plan, today).pause;
  if (!pause) throw new AppError("CONFLICT", "control.errors.notPausedNow");
  const { note } = input;
  const event = { kind: "interruption_end" as const, date: today, by: caller.role, ...(note ? { note } : {}) };
  return recordPlanEvent(
    db,
    caller,
    plan,
    event,
    { from: pause.from, to: pause.to, endedOn: today },
    today,
    (after) => after.pause === null,
  );
}

export const lastPauseDay = (from: string) => format(addDays(parseISO(from), PAUSE_LIMITS.maxDays - 1), "yyyy-MM-dd");
