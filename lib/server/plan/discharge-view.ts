// What a closed plan tells its runner: the day, the physio's closing note and the last week as planned.
import "server-only";
import type { PlanState } from "@/lib/engine";
import type { LoadedPlan } from "./load-plan";

export type Discharge = { on: string; note: string | null; lastWeek: PlanState["week"] };

export function dischargeOf(plan: LoadedPlan, state: PlanState): Discharge | null {
  const on = plan.row.dischargedOn;
  if (!on) return null;
  const event = plan.events.find((e) => e.kind === "discharge");
  return { on, note: event?.note ?? null, lastWeek: state.week };
}
