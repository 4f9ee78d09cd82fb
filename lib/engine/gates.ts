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
  if (phase === 1) {
    return {
      toPhase: 2,
      required: settings.painFreeDays.toPhase2,
      minDays: settings.minPhaseDays.phase1,
      needsApproval: settings.approvalRequired.toPhase2,
    };
  }
  if (phase === 2) {
    return {
      toPhase: 3,
      required: settings.painFreeDays.toPhase3,
      minDays: settings.minPhaseDays.phase2,
      needsApproval: settings.approvalRequired.toPhase3,
    };
  }
  if (phase === 3) {
    return {
      toPhase: 4,
      required: settings.painFreeDays.toPhase4,
      minDays: settings.minPhaseDays.phase3,
      needsApproval: settings.approvalRequired.toPhase4,
    };
  }
  return null;
}
