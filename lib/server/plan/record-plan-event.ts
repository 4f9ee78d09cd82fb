import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { insertNote } from "@/lib/server/physio/note-queries";
import { appendAudit, insertPlanEvent } from "@/lib/server/plan/queries";
import type { PlanEvent, PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { assertOpen, stateOf, type LoadedPlan } from "./load-plan";
import { syncPlanSummary } from "./sync-plan-summary";

// Every change to a plan by a person (a physio's, or a runner's own pause, intake correction or
// clearance): the event and its audit row in one transaction, then the replay with the new event and the
// snapshot the dashboard reads. The one place a plan event is written this way.
// `takesEffect` checks the replayed state before anything is written, so an event the engine would
// ignore is refused rather than logged as if it had worked. `fileNote` is the physio's clinical finding on
// the change: kept as a note for their file in the same transaction, never in the event the runner reads.
export async function recordPlanEvent(
  db: Db,
  caller: SessionUser,
  plan: LoadedPlan,
  event: PlanEvent,
  detail: Record<string, unknown>,
  today: string,
  takesEffect: (state: PlanState) => boolean = () => true,
  fileNote?: string,
): Promise<PlanState> {
  assertOpen(plan);
  const state = stateOf({ ...plan, events: [...plan.events, event] }, today);
  if (!takesEffect(state)) throw new AppError("CONFLICT", "patient.errors.sameDay");
  const { kind, date, ...payload } = event;
  await db.transaction(async (tx) => {
    await insertPlanEvent(tx, { planId: plan.row.id, date, kind, payload, actorId: caller.id });
    const finding = fileNote
      ? await insertNote(tx, { planId: plan.row.id, authorId: caller.id, body: fileNote, visibility: "file" })
      : null;
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: `plan.${kind}`,
      detail: { ...detail, note: event.note ?? null, ...(finding ? { findingNoteId: finding.id } : {}) },
    });
  });
  await syncPlanSummary(db, { id: plan.row.id, intake: plan.intake, checkIns: plan.checkIns }, state);
  return state;
}
