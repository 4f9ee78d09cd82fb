// Who is calling. Every page, server action and route handler asks this itself.
import { headers } from "next/headers";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { isValidTimeZone } from "@/lib/dates";
import { getDb } from "@/lib/db/client";
import { findPhysioStatus } from "@/lib/auth/physio-status";
import type { PhysioStatus, Role } from "@/lib/db/schema";
import { getAuth } from "./auth";
import { toLocale } from "@/lib/i18n/routing";

// `physioStatus` only for physios: "approved" once an operator checked their registration.
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: "en" | "nl";
  timeZone?: string;
  physioStatus?: PhysioStatus;
  emailVerified?: boolean;
  /** Two-step sign-in is on: required of an approved physio before any patient data. */
  twoFactorEnabled?: boolean;
};

export const getSessionUser = cache(async (): Promise<SessionUser | undefined> => {
  // Reading the request first keeps these pages dynamic (never prerendered at build time).
  const requestHeaders = await headers();
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return undefined;
  const u = result.user as typeof result.user & {
    role?: string;
    locale?: string;
    timeZone?: string;
    twoFactorEnabled?: boolean | null;
  };
  const role = u.role === "physio" ? "physio" : "runner";
  // A time zone stored before it was validated must not break a page: it is then left out.
  const timeZone = u.timeZone && isValidTimeZone(u.timeZone) ? u.timeZone : undefined;
  const physioStatus = role === "physio" ? ((await findPhysioStatus(getDb(), u.id)) ?? "pending") : undefined;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role,
    locale: toLocale(u.locale),
    timeZone,
    physioStatus,
    emailVerified: u.emailVerified,
    twoFactorEnabled: u.twoFactorEnabled === true,
  };
});

// For server actions and route handlers: a typed error the shell maps to 401/403.
export async function requireUser(role?: Role): Promise<SessionUser> {
  const current = await getSessionUser();
  if (!current) throw new AppError("UNAUTHORIZED", "errors.signInRequired");
  if (role && current.role !== role) throw new AppError("FORBIDDEN", "errors.forbidden");
  return current;
}
