import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { notes, user } from "../schema";

export type NoteRow = typeof notes.$inferSelect;
export type NoteVisibility = NoteRow["visibility"];

export async function insertNote(
  db: Db,
  params: { planId: string; authorId: string; body: string; visibility: NoteVisibility },
): Promise<NoteRow> {
  const [row] = await db.insert(notes).values(params).returning();
  return row!;
}

/** A note's columns with its author's name; read with `.leftJoin(user, eq(user.id, notes.authorId))`. */
export const noteWithAuthor = {
  id: notes.id,
  body: notes.body,
  visibility: notes.visibility,
  createdAt: notes.createdAt,
  authorName: user.name,
};

// Newest first, with the author's name (null once the author's account is gone). `visibility`
// narrows to the notes for the patient, which is all a runner may see.
export async function listNotes(db: Db, planId: string, visibility?: NoteVisibility) {
  return db
    .select(noteWithAuthor)
    .from(notes)
    .leftJoin(user, eq(user.id, notes.authorId))
    .where(visibility ? and(eq(notes.planId, planId), eq(notes.visibility, visibility)) : eq(notes.planId, planId))
    .orderBy(desc(notes.createdAt));
}
