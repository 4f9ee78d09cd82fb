// The physio writes a note on a patient's plan, for the patient (shown to them) or for their own
// file (the default, as the safer choice: shown to its author only, never to the runner or to a later
// physio, still in the runner's data export); it is kept with the plan and logged.
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { insertNote, listNotes } from "@/lib/server/physio/note-queries";
import { appendAudit } from "@/lib/server/plan/queries";
import { noteVisibilities } from "@/lib/db/schema";
import { assertOpen, type LoadedPlan } from "../plan/load-plan";
import { loadPatientPlan } from "./load-patient-plan";
import { assertFreeText } from "@/lib/validation/free-text";
import { invalidInput } from "@/lib/validation/invalid-input";

const NoteInput = z.object({
  body: z.string().trim().min(1).max(5000),
  visibility: z.preprocess((v) => (v === "" ? undefined : v), z.enum(noteVisibilities).default("file")),
});

export async function addNote(db: Db, caller: SessionUser, params: { planId: string; input: unknown }) {
  const plan = await loadPatientPlan(db, caller, params.planId);
  assertOpen(plan);
  assertFreeText((params.input as { body?: unknown } | null)?.body, "body");
  const parsed = NoteInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return db.transaction(async (tx) => {
    const note = await insertNote(tx, {
      planId: plan.row.id,
      authorId: caller.id,
      body: parsed.data.body,
      visibility: parsed.data.visibility,
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
