import type { PlanRow } from "@/lib/server/plan/queries";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "./session";

// A physio whose registration an operator checked and who signs in in two steps; a pending or revoked
// one sees no patient, and neither does an approved one before enrolling in two-step sign-in. Every
// service that hands out patient data asks this of its caller.
export function isVerifiedPhysio(caller: SessionUser): boolean {
  return caller.role === "physio" && caller.physioStatus === "approved" && caller.twoFactorEnabled === true;
}

// An approved physio without two-step sign-in: sent to set it up before any patient page.
export function needsTwoStepEnrolment(caller: SessionUser): boolean {
  return caller.role === "physio" && caller.physioStatus === "approved" && caller.twoFactorEnabled !== true;
}

/** For a physio-only action: refused unless verified, saying so when two-step sign-in is what is missing. */
export function assertVerifiedPhysio(caller: SessionUser, messageKey = "errors.forbidden"): void {
  if (isVerifiedPhysio(caller)) return;
  throw new AppError("FORBIDDEN", needsTwoStepEnrolment(caller) ? "errors.twoStepRequired" : messageKey);
}

// A runner sees their own plans; a verified physio the plans of runners linked to them.
export function canSeePlan(caller: SessionUser, plan: PlanRow): boolean {
  return plan.runnerId === caller.id || (isVerifiedPhysio(caller) && plan.physioId === caller.id);
}

// Only the runner reports on their own plan.
export function canCheckIn(caller: SessionUser, plan: PlanRow): boolean {
  return caller.role === "runner" && plan.runnerId === caller.id;
}
