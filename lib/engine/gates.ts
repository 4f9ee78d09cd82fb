import type { PlanSettings } from "./settings";

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
