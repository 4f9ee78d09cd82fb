import type { Day } from "./calendar";
import type { Replay } from "./replay-counters";
import type { PlanSettings } from "./settings";
import { boneRestFrom } from "./tissue";

export interface GateRule {
  toPhase: 2 | 3 | 4;
  required: number;
  minDays: number;
  needsApproval: boolean;
}

// Gates, DOMAIN §3: consecutive pain-free days in the phase plus a minimum phase length;
// before phase 4 also Goom's readiness tests. Phases go strictly in order.
export function gateFor(phase: number, settings: PlanSettings): GateRule | null {
  if (phase !== 1 && phase !== 2 && phase !== 3) return null;
  const toPhase = (phase + 1) as 2 | 3 | 4;
  return {
    toPhase,
    required: settings.painFreeDays[`toPhase${toPhase}`],
    minDays: settings.minPhaseDays[`phase${phase}`],
    needsApproval: settings.approvalRequired[`toPhase${toPhase}`],
  };
}

// Bone stress injuries, Warden et al. 2014: the rest in phase 1 counts from the last run (or the
// diagnosis date a physio entered), not from the day the plan started; a later stint in phase 1
// (a step back) counts from its own start.
export function gateClockStart(r: Pick<Replay, "intake" | "phase" | "phaseStart" | "phases">): Day {
  if (r.phase !== 1 || r.phases.length !== 1) return r.phaseStart;
  return boneRestFrom(r.intake) ?? r.phaseStart;
}
