import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { notes, user } from "../schema";

export type NoteRow = typeof notes.$inferSelect;

export async function insertNote(db: Db, params: { planId: string; authorId: string; body: string }): Promise<NoteRow> {
  const [row] = await db.insert(notes).values(params).returning();
  return row!;
}

// Newest first, with the author's name (null once the author's account is gone).
export async function listNotes(db: Db, planId: string) {
  return db
    .select({ id: notes.id, body: notes.body, createdAt: notes.createdAt, authorName: user.name })
    .from(notes)
    .leftJoin(user, eq(user.id, notes.authorId))
    .where(eq(notes.planId, planId))
    .orderBy(desc(notes.createdAt));
}
