// Who is calling. Every page, server action and route handler asks this itself.
import { headers } from "next/headers";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/db/schema";
import { getAuth } from "./auth";

export type SessionUser = { id: string; name: string; email: string; role: Role; locale: "en" | "nl"; timeZone?: string };

export const getSessionUser = cache(async (): Promise<SessionUser | undefined> => {
  // Reading the request first keeps these pages dynamic (never prerendered at build time).
  const requestHeaders = await headers();
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return undefined;
  const u = result.user as typeof result.user & { role?: string; locale?: string; timeZone?: string };
  return { id: u.id, name: u.name, email: u.email, role: u.role === "physio" ? "physio" : "runner", locale: u.locale === "nl" ? "nl" : "en", timeZone: u.timeZone };
});

// For server actions and route handlers: a typed error the shell maps to 401/403.
export async function requireUser(role?: Role): Promise<SessionUser> {
  const current = await getSessionUser();
  if (!current) throw new AppError("UNAUTHORIZED", "errors.signInRequired");
  if (role && current.role !== role) throw new AppError("FORBIDDEN", "errors.forbidden");
  return current;
}
