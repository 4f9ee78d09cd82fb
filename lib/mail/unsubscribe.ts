// One-click unsubscribe for non-essential email (RFC 8058): a link signed with the app secret that
// works signed out, and the opt-out it records. Essential mail (verification, password reset) has none.
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { mailOptOuts } from "@/lib/db/schema";
import { appBaseUrl } from "./config";
import { toLocale } from "@/lib/i18n/routing";

// Categories of non-essential email a user can switch off (the notification jobs send them).
const optionalCategories = ["reminders", "physioAlerts"] as const;
export type OptionalCategory = (typeof optionalCategories)[number];

function secret(): string {
  const value = process.env.BETTER_AUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === "production") throw new Error("BETTER_AUTH_SECRET is not set");
  return "development-only-secret-development-only-secret";
}

const sign = (payload: string) => createHmac("sha256", secret()).update(`unsubscribe:${payload}`).digest("base64url");

export function unsubscribeToken(userId: string, category: OptionalCategory): string {
  const payload = Buffer.from(JSON.stringify([userId, category])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; category: OptionalCategory } | undefined {
  const [payload, signature] = token.split(".");
  if (!payload || !signature || token.length > 512) return undefined;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const [userId, category] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof userId !== "string" || !optionalCategories.includes(category as OptionalCategory)) return undefined;
    return { userId, category: category as OptionalCategory };
  } catch {
    return undefined;
  }
}

export function unsubscribeUrl(userId: string, category: OptionalCategory, locale: string): string {
  return `${appBaseUrl()}/${toLocale(locale)}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, category))}`;
}

// The address mail clients POST to for a one-click unsubscribe (List-Unsubscribe-Post).
export function oneClickUrl(userId: string, category: OptionalCategory): string {
  return `${appBaseUrl()}/api/mail/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, category))}`;
}

export async function optOut(db: Db, token: string): Promise<boolean> {
  const read = readUnsubscribeToken(token);
  if (!read) return false;
  // Only while the account exists (a deleted one's token does nothing), and once.
  await db.execute(
    sql`insert into mail_opt_outs (user_id, category) select id, ${read.category} from "user" where id = ${read.userId} on conflict do nothing`,
  );
  return true;
}

export async function isOptedOut(db: Db, userId: string, category: OptionalCategory): Promise<boolean> {
  const rows = await db
    .select({ userId: mailOptOuts.userId })
    .from(mailOptOuts)
    .where(and(eq(mailOptOuts.userId, userId), eq(mailOptOuts.category, category)));
  return rows.length > 0;
}
