// The physio writes a note on a patient's plan, for the patient (shown to them) or for their own
// file (the default, as the safer choice: shown to its author only, never to the runner or to a later
// physio, still in the runner's data export); it is kept with the plan and logged.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { insertNote, listNotes } from "@/lib/server/physio/note-queries";
import { appendAudit } from "@/lib/server/plan/queries";
import { assertOpen, type LoadedPlan } from "@/lib/server/plan/load-plan";
import { loadPatientPlan } from "@/lib/server/physio/load-patient-plan";
import type { NoteInput } from "@/lib/forms/schemas/note";

// The input is the note form's parsed value (NoteSchema in ./add-note-schema).
export async function addNote(db: Db, caller: SessionUser, params: { planId: string; input: NoteInput }) {
  const plan = await loadPatientPlan(db, caller, params.planId);
  assertOpen(plan);
  const input = params.input;
  return db.transaction(async (tx) => {
    const note = await insertNote(tx, {
      planId: plan.row.id,
      authorId: caller.id,
      body: input.body,
      visibility: input.visibility,
    });
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: "note.added",
      detail: { noteId: note.id, visibility: note.visibility },
    });
    return note;
  });
}

/** The notes a physio wrote for the runner, on a plan the caller was already entitled to load. */
export function notesForRunner(db: Db, plan: LoadedPlan) {
  return listNotes(db, plan.row.id, { runner: true });
}
