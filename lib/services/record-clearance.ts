// A self-guided runner records that a clinician cleared them after a red flag (DOMAIN §5). With a
// linked physio, only the physio clears (that is the physio's decision, not the runner's).
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { invalidInput } from "./invalid-input";
import { loadPlan, stateOf } from "./load-plan";
import { recordPlanEvent } from "./record-plan-event";

const ClearanceInput = z.object({
  confirmed: z.literal(true),
  clinician: z.string().trim().max(200).optional(),
});

export async function recordRunnerClearance(
  db: Db,
  caller: SessionUser,
  params: { planId: string; input: unknown; today?: string },
) {
  const plan = await loadPlan(db, caller, params.planId, (c, row) => c.role === "runner" && row.runnerId === c.id);
  const today = params.today ?? plan.today;
  if (plan.row.physioId) throw new AppError("FORBIDDEN", "errors.clearanceByPhysio");
  const parsed = ClearanceInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (stateOf(plan, today).status !== "paused_red_flag") throw new AppError("CONFLICT", "errors.notPaused");

  const note = parsed.data.clinician ? `Cleared by ${parsed.data.clinician}` : undefined;
  const event = { kind: "clearance" as const, date: today, by: "runner" as const, ...(note ? { note } : {}) };
  return recordPlanEvent(db, caller, plan, event, { by: "runner" }, today);
}
