// What a run day holds besides its blocks: the warm-up, the effort, the pain rule the check-in will
// judge by, and the cool-down. Derived from the session and the plan's own rules, so what the runner
// reads before the run matches what the decision after it does.
import type { Intake } from "./intake";
import { TENDON_LOAD_LIMIT } from "./pain";
import { effectiveTolerance, usesTendonModel, type PlanSettings } from "./settings";

/**
 * Easy effort: the talk test (Persinger et al., Med Sci Sports Exerc 2004;36(9):1632–1636: still able to
 * speak in full sentences) and 3–4 on the 0–10 effort scale the check-in asks for (Borg CR10).
 */
export const EASY_EFFORT = { rpeLow: 3, rpeHigh: 4 } as const;

export type RunPainRule =
  /** Bone stress injury: no pain at all (Warden et al. 2014), whatever the settings say. */
  | { kind: "none"; tissue: "bone" }
  /** Tendon: up to 5/10 during and after, if it has settled by the next morning (Silbernagel et al. 2007). */
  | { kind: "tendon"; max: number }
  /** Every other tissue: pain-free, or up to the tolerance the physio set (DOMAIN §3). */
  | { kind: "tolerance"; max: number };

/** The pain a run may cause on this plan: the same numbers the check-in's judgement uses (pain.ts). */
export function runPainRule(intake: Intake, settings: PlanSettings): RunPainRule {
  if (intake.tissue === "bone") return { kind: "none", tissue: "bone" };
  if (usesTendonModel(intake, settings)) return { kind: "tendon", max: TENDON_LOAD_LIMIT };
  return { kind: "tolerance", max: effectiveTolerance(intake, settings) };
}

export { RUN_COOL_DOWN_MINUTES, RUN_WARM_UP_MINUTES, runDayParts, type RunPart } from "./run-day-parts";
