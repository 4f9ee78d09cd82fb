import type { ReadinessTests } from "./check-in";
import { reason, type Reason } from "./message-keys";
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
    return { toPhase: 2, required: settings.painFreeDays.toPhase2, minDays: settings.minPhaseDays.phase1, needsApproval: settings.approvalRequired.toPhase2 };
  }
  if (phase === 2) {
    return { toPhase: 3, required: settings.painFreeDays.toPhase3, minDays: settings.minPhaseDays.phase2, needsApproval: settings.approvalRequired.toPhase3 };
  }
  if (phase === 3) {
    return { toPhase: 4, required: settings.painFreeDays.toPhase4, minDays: settings.minPhaseDays.phase3, needsApproval: settings.approvalRequired.toPhase4 };
  }
  return null;
}

export interface ReadinessPasses {
  walk: boolean;
  calfRaise: boolean;
  singleLegSquat: boolean;
  hop: boolean;
}

export function noReadinessPasses(): ReadinessPasses {
  return { walk: false, calfRaise: false, singleLegSquat: false, hop: false };
}

/** Goom's readiness tests accept pain up to 2/10, or the plan's tolerance when that is lower. */
export function readinessPainLimit(tolerance: number): number {
  return Math.min(2, tolerance);
}

// Readiness to run, Goom (DOMAIN §3): brisk walk 30 min, single-leg calf raise ×20 each side,
// single-leg squat ×10 each side, hop on the spot ×10 or 30 s. The latest attempt of each counts.
export function scoreReadinessTests(tests: ReadinessTests, limit: number, previous: ReadinessPasses): ReadinessPasses {
  const next = { ...previous };
  if (tests.walk) next.walk = tests.walk.minutes >= 30 && tests.walk.pain <= limit;
  if (tests.calfRaise) next.calfRaise = Math.min(tests.calfRaise.left, tests.calfRaise.right) >= 20 && tests.calfRaise.pain <= limit;
  if (tests.singleLegSquat) {
    next.singleLegSquat = Math.min(tests.singleLegSquat.left, tests.singleLegSquat.right) >= 10 && tests.singleLegSquat.pain <= limit;
  }
  if (tests.hop) next.hop = ((tests.hop.count ?? 0) >= 10 || (tests.hop.seconds ?? 0) >= 30) && tests.hop.pain <= limit;
  return next;
}

export function allReadinessPassed(passes: ReadinessPasses): boolean {
  return passes.walk && passes.calfRaise && passes.singleLegSquat && passes.hop;
}

export function missingReadiness(passes: ReadinessPasses): Reason[] {
  const missing: Reason[] = [];
  if (!passes.walk) missing.push(reason("gate.missing.readiness.walk"));
  if (!passes.calfRaise) missing.push(reason("gate.missing.readiness.calfRaise"));
  if (!passes.singleLegSquat) missing.push(reason("gate.missing.readiness.singleLegSquat"));
  if (!passes.hop) missing.push(reason("gate.missing.readiness.hop"));
  return missing;
}
