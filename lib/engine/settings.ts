import { z } from "zod";
import type { Intake } from "./intake";
import { boneRisk } from "./tissue";

const days = z.int().min(1).max(90);

/** Thresholds a physio may tune per plan; every change is an event, so it is logged. */
export const PlanSettings = z.object({
  tolerance: z.int().min(0).max(5),
  painFreeDays: z.object({ toPhase2: days, toPhase3: days, toPhase4: days }),
  minPhaseDays: z.object({ phase1: days, phase2: days, phase3: days }),
  approvalRequired: z.object({ toPhase2: z.boolean(), toPhase3: z.boolean(), toPhase4: z.boolean() }),
  tendonPainModel: z.boolean(),
  maxLevelsPerWeek: z.int().min(1).max(3),
  minRunsPerLevel: z.int().min(2).max(4),
  /** Rest/morning pain a chronic tendon may sit at under the pain-monitoring model (0–3). */
  tendonBaseline: z.int().min(0).max(3).default(0),
});
export type PlanSettings = z.infer<typeof PlanSettings>;

/** A settings_change event carries only the fields that change. */
export const PlanSettingsPatch = z.object({
  tolerance: PlanSettings.shape.tolerance.optional(),
  painFreeDays: PlanSettings.shape.painFreeDays.partial().optional(),
  minPhaseDays: PlanSettings.shape.minPhaseDays.partial().optional(),
  approvalRequired: PlanSettings.shape.approvalRequired.partial().optional(),
  tendonPainModel: z.boolean().optional(),
  maxLevelsPerWeek: PlanSettings.shape.maxLevelsPerWeek.optional(),
  minRunsPerLevel: PlanSettings.shape.minRunsPerLevel.optional(),
  tendonBaseline: z.int().min(0).max(3).optional(),
});
export type PlanSettingsPatch = z.infer<typeof PlanSettingsPatch>;

// Defaults, with why:
// - tolerance 0: DOMAIN §3, "pain-free" means no pain unless the physio allows some.
// - 3 pain-free days for gates 1→2 and 2→3, 7 for 3→4 (Goom readiness criteria add a week).
// - minimum phase lengths: phase 1 ≥ 3 days so one good day after an acute flare cannot open the
//   gate (14 for bone: bone stress injuries remodel slowly; 42 for a high-risk site, Warden et al.
//   2014: high-risk sites need about six weeks off loading, e.g. the navicular; for bone these days
//   count from the last run or the diagnosis, see gateClockStart); phase 2 ≥ 5 days,
//   enough for range of motion to settle; phase 3 ≥ 14 days so strength work runs light → heavier
//   → running-specific.
// - approval at every transition for a high-risk bone site (Warden et al. 2014: clinician-led return);
//   an unknown site is graded high risk until a physio names it (boneRisk).
// - tendon pain-monitoring model on for tendons only (Silbernagel 2007 studied tendinopathy; for
//   other tissues pain-free loading stays the rule).
// - one level a week and two runs per level: Fees et al. 1998 and published return-to-run ladders;
//   a muscle strain up to three levels a week (see MUSCLE_LEVELS_PER_WEEK).
// - tendon baseline: the runner's own rest pain asked at onboarding (0–3), 0 when not asked. The
//   pain-monitoring model (Silbernagel et al. 2007, Am J Sports Med 35(6):897–906) reads pain
//   against the runner's own level, so a chronic tendon that sits at 1/10 is not "over the limit"
//   every day; the physio may change it like any setting.
export function defaultSettings(intake: Intake): PlanSettings {
  const risk = boneRisk(intake);
  const highRisk = risk === "high";
  return {
    tolerance: 0,
    painFreeDays: { toPhase2: 3, toPhase3: 3, toPhase4: 7 },
    minPhaseDays: {
      phase1: highRisk ? HIGH_RISK_BONE_PHASE1_DAYS : risk ? BONE_PHASE1_DAYS : 3,
      phase2: 5,
      phase3: 14,
    },
    approvalRequired: { toPhase2: highRisk, toPhase3: highRisk, toPhase4: highRisk },
    tendonPainModel: intake.tissue === "tendon",
    maxLevelsPerWeek: intake.tissue === "muscle" ? MUSCLE_LEVELS_PER_WEEK : 1,
    minRunsPerLevel: 2,
    tendonBaseline: intake.tissue === "tendon" ? (intake.restPainBaseline ?? 0) : 0,
  };
}

const BONE_PHASE1_DAYS = 14;
// A muscle strain may step up as soon as a level's runs are counted: three levels a week
// at most, so a level still takes its two runs with a rest day between (Hickey et al. 2020).
const MUSCLE_LEVELS_PER_WEEK = 3;
const HIGH_RISK_BONE_PHASE1_DAYS = 42;

export function applySettingsPatch(settings: PlanSettings, patch: PlanSettingsPatch): PlanSettings {
  return {
    tolerance: patch.tolerance ?? settings.tolerance,
    painFreeDays: { ...settings.painFreeDays, ...stripUndefined(patch.painFreeDays) },
    minPhaseDays: { ...settings.minPhaseDays, ...stripUndefined(patch.minPhaseDays) },
    approvalRequired: { ...settings.approvalRequired, ...stripUndefined(patch.approvalRequired) },
    tendonPainModel: patch.tendonPainModel ?? settings.tendonPainModel,
    maxLevelsPerWeek: patch.maxLevelsPerWeek ?? settings.maxLevelsPerWeek,
    minRunsPerLevel: patch.minRunsPerLevel ?? settings.minRunsPerLevel,
    tendonBaseline: patch.tendonBaseline ?? settings.tendonBaseline,
  };
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Tissue rules: bone stress injuries accept no pain, whatever the settings say (DOMAIN §3). */
export function effectiveTolerance(intake: Intake, settings: PlanSettings): number {
  return intake.tissue === "bone" ? 0 : settings.tolerance;
}

/** Rest and morning pain a tendon may sit at (Silbernagel 2007); never for other tissues. */
export function tendonBaselineOf(intake: Intake, settings: PlanSettings): number {
  return usesTendonModel(intake, settings)
    ? Math.max(settings.tendonBaseline, effectiveTolerance(intake, settings))
    : effectiveTolerance(intake, settings);
}

/** Pain-monitoring model, Silbernagel et al. 2007: only for tendons, only when enabled. */
export function usesTendonModel(intake: Intake, settings: PlanSettings): boolean {
  return intake.tissue === "tendon" && settings.tendonPainModel;
}
