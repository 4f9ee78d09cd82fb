// The physio writes a note on a patient's plan; it is kept with the plan and logged.
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { insertNote } from "@/lib/db/queries/notes";
import { appendAudit } from "@/lib/db/queries/plans";
import { loadPatientPlan } from "./get-patient";
import { invalidInput } from "./invalid-input";

const NoteInput = z.object({ body: z.string().trim().min(1).max(5000) });

export async function addNote(db: Db, caller: SessionUser, params: { planId: string; input: unknown }) {
  const plan = await loadPatientPlan(db, caller, params.planId);
  const parsed = NoteInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return db.transaction(async (tx) => {
    const note = await insertNote(tx, { planId: plan.row.id, authorId: caller.id, body: parsed.data.body });
    await appendAudit(tx, { actorId: caller.id, planId: plan.row.id, action: "note.added", detail: { noteId: note.id } });
    return note;
  });
}
