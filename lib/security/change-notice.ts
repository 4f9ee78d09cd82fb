// After a change of password (the account page's form or better-auth's endpoint) or of address (the
// link at the new address was opened), the account's address before the change is told, with a link
// that undoes it for 7 days. The link's token is kept only as its SHA-256, in better-auth's
// verification table (identifier `undo-change:<hash>`), so a copy of the database cannot use it.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user, verification } from "@/lib/db/schema";
import { appBaseUrl } from "@/lib/mail/config";
import { sendChangeNoticeMail, UNDO_DAYS, type ChangeKind } from "@/lib/mail/change-notice-mails";
import { mailLocaleOf } from "@/lib/mail/texts";

export const UNDO_PREFIX = "undo-change:";
export const undoIdentifier = (token: string) => `${UNDO_PREFIX}${createHash("sha256").update(token).digest("hex")}`;

/** What an undo link restores: the account, and for a change of address the address before it. */
export type UndoRecord = { userId: string; kind: ChangeKind; email: string };

type Notice = { userId: string; kind: ChangeKind; oldEmail: string; newEmail?: string };

export async function noticeChange(db: Db, notice: Notice, now = new Date()): Promise<void> {
  const [row] = await db.select({ name: user.name, locale: user.locale }).from(user).where(eq(user.id, notice.userId));
  if (!row) return;
  const token = randomBytes(32).toString("base64url");
  const record: UndoRecord = { userId: notice.userId, kind: notice.kind, email: notice.oldEmail };
  await db.insert(verification).values({
    id: randomUUID(),
    identifier: undoIdentifier(token),
    value: JSON.stringify(record),
    expiresAt: new Date(now.getTime() + UNDO_DAYS * 24 * 60 * 60 * 1000),
  });
  const to = { email: notice.oldEmail, name: row.name, locale: mailLocaleOf(row.locale) };
  const url = `${appBaseUrl()}/${to.locale}/undo-change?token=${token}`;
  await sendChangeNoticeMail({ to, kind: notice.kind, url, newEmail: notice.newEmail });
}

type EndpointContext = { path?: string; query?: Record<string, unknown> } | null | undefined;

function claimsOf(token: unknown): { email?: unknown; requestType?: unknown } | undefined {
  if (typeof token !== "string") return undefined;
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      email?: unknown;
      requestType?: unknown;
    };
  } catch {
    return undefined;
  }
}

/** better-auth's user update hook: an address change confirmed by its link tells the old address. */
export function changedAddressNotice(updated: { id: string; email: string }, context: EndpointContext) {
  if (context?.path !== "/verify-email") return undefined;
  const claims = claimsOf(context.query?.token);
  if (claims?.requestType !== "change-email-verification" || typeof claims.email !== "string") return undefined;
  if (claims.email.toLowerCase() === updated.email.toLowerCase()) return undefined;
  return { userId: updated.id, kind: "email" as const, oldEmail: claims.email, newEmail: updated.email };
}

/** better-auth's account update hook: a password changed with the current one tells the address. */
export async function changedPasswordNotice(
  db: Db,
  updated: { userId?: string; password?: string | null } | null,
  context: EndpointContext,
) {
  if (context?.path !== "/change-password" || !updated?.userId || !updated.password) return undefined;
  const [row] = await db.select({ email: user.email }).from(user).where(eq(user.id, updated.userId));
  return row ? { userId: updated.userId, kind: "password" as const, oldEmail: row.email } : undefined;
}
