import type { PlanRow } from "@/lib/db/queries/plans";
import type { SessionUser } from "./session";

// A physio whose registration an operator checked; a pending or revoked one sees no patient.
export function isVerifiedPhysio(caller: SessionUser): boolean {
  return caller.role === "physio" && caller.physioStatus === "approved";
}

// A runner sees their own plans; a verified physio the plans of runners linked to them.
export function canSeePlan(caller: SessionUser, plan: PlanRow): boolean {
  return plan.runnerId === caller.id || (isVerifiedPhysio(caller) && plan.physioId === caller.id);
}

// Only the runner reports on their own plan.
export function canCheckIn(caller: SessionUser, plan: PlanRow): boolean {
  return caller.role === "runner" && plan.runnerId === caller.id;
}
