// The devices where the user is signed in (better-auth's sessions), and signing out of all of them.
import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { session } from "@/lib/db/schema";

export type Device = {
  id: string;
  browser: string;
  system: string;
  lastActive: Date;
  signedInAt: Date;
  isCurrent: boolean;
};

// A rough, readable name from the user agent: enough to recognise one's own phone.
function describeUserAgent(userAgent: string | null): { browser: string; system: string } {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Mac OS X/.test(ua)
        ? "macOS"
        : /Windows/.test(ua)
          ? "Windows"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return { browser, system };
}

export async function listDevices(
  db: Db,
  caller: SessionUser,
  currentToken: string | undefined,
  now = new Date(),
): Promise<Device[]> {
  const rows = await db
    .select({
      id: session.id,
      token: session.token,
      userAgent: session.userAgent,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
    })
    .from(session)
    .where(and(eq(session.userId, caller.id), gt(session.expiresAt, now)))
    .orderBy(desc(session.updatedAt))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    ...describeUserAgent(r.userAgent),
    lastActive: r.updatedAt,
    signedInAt: r.createdAt,
    isCurrent: r.token === currentToken,
  }));
}

// Every session of the user ends, this one included.
export async function signOutEverywhere(db: Db, caller: SessionUser): Promise<number> {
  const rows = await db.delete(session).where(eq(session.userId, caller.id)).returning({ id: session.id });
  return rows.length;
}
