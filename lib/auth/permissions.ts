import type { PlanRow } from "@/lib/db/queries/plans";
import type { SessionUser } from "./session";

// A runner sees their own plans; a physio the plans of runners linked to them.
export function canSeePlan(caller: SessionUser, plan: PlanRow): boolean {
  return plan.runnerId === caller.id || (caller.role === "physio" && plan.physioId === caller.id);
}

// Only the runner reports on their own plan.
export function canCheckIn(caller: SessionUser, plan: PlanRow): boolean {
  return caller.role === "runner" && plan.runnerId === caller.id;
}
