// What the account page shows besides the settings: the runner's plan and physio, or the physio's
// registration and patient count. Always the caller's own data.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { countLinkedPatients, findPlanPhysio } from "@/lib/server/account/queries";
import { findPhysioProfile } from "@/lib/server/physio/profile-queries";
import { findPlan } from "@/lib/server/plan/queries";
import { findCurrentPlanId } from "../plan/load-plan";

export async function loadAccountOverview(db: Db, caller: SessionUser) {
  if (caller.role === "physio") {
    const [patients, registration] = await Promise.all([
      countLinkedPatients(db, caller.id),
      findPhysioProfile(db, caller.id),
    ]);
    return { planId: undefined, plan: undefined, physio: undefined, patients, registration };
  }
  const planId = await findCurrentPlanId(db, caller.id);
  const [plan, physio] = planId
    ? await Promise.all([findPlan(db, planId), findPlanPhysio(db, planId)])
    : [undefined, undefined];
  return { planId, plan, physio, patients: 0, registration: undefined };
}
