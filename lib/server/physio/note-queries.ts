import "server-only";
import { and, desc, eq, or, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { notes, user } from "@/lib/db/schema";

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

// Who reads which notes: the runner those meant for them; a physio those and the file notes they
// wrote themselves (a file note is its author's alone, also after the runner moves to another physio).
export type NoteReader = { runner: true } | { physioId: string };

function readableBy(reader: NoteReader): SQL {
  if ("runner" in reader) return eq(notes.visibility, "patient");
  return or(eq(notes.visibility, "patient"), eq(notes.authorId, reader.physioId))!;
}

// Newest first, with the author's name (null once the author's account is gone).
export async function listNotes(db: Db, planId: string, reader: NoteReader) {
  return db
    .select(noteWithAuthor)
    .from(notes)
    .leftJoin(user, eq(user.id, notes.authorId))
    .where(and(eq(notes.planId, planId), readableBy(reader)))
    .orderBy(desc(notes.createdAt));
}
