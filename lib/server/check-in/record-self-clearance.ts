// A self-guided runner records that a clinician cleared them after a red flag (DOMAIN §5). With a
// linked physio, only the physio clears (that is the physio's decision, not the runner's).
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadPlan, stateOf } from "../plan/load-plan";
import { loadPlanChange, type PlanChangeParams } from "../plan/plan-change-input";
import { recordPlanEvent } from "../plan/record-plan-event";

const ClearanceInput = z.object({
  confirmed: z.literal(true),
  clinician: z.string().trim().max(200).optional(),
});

export async function recordRunnerClearance(db: Db, caller: SessionUser, params: PlanChangeParams) {
  const { plan, today, input } = await loadPlanChange(db, caller, params, ClearanceInput, {
    load: (d, c, id) => loadPlan(d, c, id, (who, row) => who.role === "runner" && row.runnerId === who.id),
    check: (p) => {
      if (p.row.physioId) throw new AppError("FORBIDDEN", "errors.clearanceByPhysio");
    },
  });
  if (stateOf(plan, today).status !== "paused_red_flag") throw new AppError("CONFLICT", "errors.notPaused");

  const note = input.clinician ? `Cleared by ${input.clinician}` : undefined;
  const event = { kind: "clearance" as const, date: today, by: "runner" as const, ...(note ? { note } : {}) };
  return recordPlanEvent(db, caller, plan, event, { by: "runner" }, today);
}
