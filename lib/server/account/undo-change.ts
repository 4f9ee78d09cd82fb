// The undo link from a change notice (lib/security/change-notice.ts): once, within 7 days, it signs
// every device out, puts back the address the account had before a change of address, and sends a
// link to choose a new password to that address. The token is the caller's only credential.
import "server-only";
import { and, eq, gt, ne } from "drizzle-orm";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import type { Db } from "@/lib/db/client";
import { session, user, verification } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { undoIdentifier, type UndoRecord } from "@/lib/security/change-notice";

const Token = z.string().regex(/^[A-Za-z0-9_-]{40,64}$/);
const Record = z.object({ userId: z.string(), kind: z.enum(["email", "password"]), email: z.email() });

export async function undoAccountChange(
  db: Db,
  input: { token: unknown },
  headers: Headers,
  now = new Date(),
): Promise<{ email: string }> {
  const token = Token.safeParse(input.token);
  if (!token.success) throw new AppError("INVALID_INPUT", "auth.undo.invalid");
  const identifier = undoIdentifier(token.data);
  const record: UndoRecord = await db.transaction(async (tx) => {
    // Deleted as it is read: two clicks at once undo once.
    const [row] = await tx
      .delete(verification)
      .where(and(eq(verification.identifier, identifier), gt(verification.expiresAt, now)))
      .returning({ value: verification.value });
    const parsed = row ? Record.safeParse(JSON.parse(row.value)) : undefined;
    if (!parsed?.success) throw new AppError("INVALID_INPUT", "auth.undo.invalid");
    const { userId, kind, email } = parsed.data;
    if (kind === "email") {
      const [taken] = await tx
        .select({ id: user.id })
        .from(user)
        .where(and(eq(user.email, email), ne(user.id, userId)));
      if (taken) throw new AppError("CONFLICT", "auth.undo.addressTaken");
      // The address was the owner's before; a change of it also ends every open link (migration 0007).
      await tx.update(user).set({ email, emailVerified: true, updatedAt: now }).where(eq(user.id, userId));
    }
    await tx.delete(session).where(eq(session.userId, userId));
    return parsed.data;
  });
  const [current] = await db.select({ email: user.email }).from(user).where(eq(user.id, record.userId));
  if (!current) throw new AppError("INVALID_INPUT", "auth.undo.invalid");
  await getAuth().api.requestPasswordReset({ body: { email: current.email }, headers });
  return { email: current.email };
}
