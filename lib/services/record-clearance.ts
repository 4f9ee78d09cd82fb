// A self-guided runner records that a clinician cleared them after a red flag (DOMAIN §5). With a
// linked physio, only the physio clears (that is the physio's decision, not the runner's).
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { appendAudit, insertPlanEvent } from "@/lib/db/queries/plans";
import { AppError } from "@/lib/errors";
import { invalidInput } from "./invalid-input";
import { loadPlan, stateOf } from "./load-plan";
import { syncPlanSummary } from "./sync-plan-summary";

const ClearanceInput = z.object({
  confirmed: z.literal(true),
  clinician: z.string().trim().max(200).optional(),
});

export async function recordRunnerClearance(db: Db, caller: SessionUser, params: { planId: string; input: unknown; today?: string }) {
  const plan = await loadPlan(db, caller, params.planId, (c, row) => c.role === "runner" && row.runnerId === c.id);
  const today = params.today ?? plan.today;
  if (plan.row.physioId) throw new AppError("FORBIDDEN", "errors.clearanceByPhysio");
  const parsed = ClearanceInput.safeParse(params.input);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (stateOf(plan, today).status !== "paused_red_flag") throw new AppError("CONFLICT", "errors.notPaused");

  const note = parsed.data.clinician ? `Cleared by ${parsed.data.clinician}` : undefined;
  const event = { kind: "clearance" as const, date: today, by: "runner" as const, ...(note ? { note } : {}) };
  await db.transaction(async (tx) => {
    await insertPlanEvent(tx, { planId: plan.row.id, date: today, kind: "clearance", payload: { by: "runner", ...(note ? { note } : {}) }, actorId: caller.id });
    await appendAudit(tx, { actorId: caller.id, planId: plan.row.id, action: "plan.clearance", detail: { by: "runner", note: note ?? null } });
  });
  const state = stateOf({ ...plan, events: [...plan.events, event] }, today);
  await syncPlanSummary(db, { id: plan.row.id, intake: plan.intake, checkIns: plan.checkIns }, state);
  return state;
}
