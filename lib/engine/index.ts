// Public face of the comeback engine: the app and the tests import only from here.
export { computePlanState, type PlanInput } from "./compute-plan-state";
export { defaultSettings, applySettingsPatch, effectiveTolerance, PlanSettings, PlanSettingsPatch } from "./settings";
export { Intake, InjurySite, Tissue, IsoWeekday } from "./intake";
export { CheckIn, CrossTrainingOption, ReadinessTests, SessionKind, Soreness, isRunKind } from "./check-in";
export { PlanEvent, Role, InterruptionReason, ProgramSessionKind, IntakeCorrection, MAX_PROGRAM_ITEMS } from "./plan-event";
export { Dose, DoseFields, DoseSide, LoadKey, Tempo, SessionItem, DOSE_LIMITS } from "./dose";
export { defaultDose, easeDose } from "./program";
export { correctedIntake } from "./intake-correction";
export { WeekAdherence, ADHERENCE_WEEKS } from "./adherence";
export {
  Alert,
  DayPlan,
  Decision,
  DecisionAction,
  LevelSpec,
  PlanState,
  PlanStatus,
  Session,
  SessionLoad,
  WalkRun,
} from "./plan-state";
export { IsoDate } from "./iso-date";
export { engineMessageKeys, type MessageKey, type MessageParams, type Reason } from "./message-keys";
export { SORENESS_RULES, applySorenessRule, type SorenessRule } from "./soreness";
export { buildLadder, NIELSEN_WEEKLY_RATIO, type LadderInput } from "./ladder";
export { estimateFitnessLoss } from "./projection";
export { isPainRising } from "./red-flags";
export { median } from "./recovery";
export { strengthStage } from "./plan-day";
export { maxSpacedRuns, pickDays, usableDays, layoutRunWeek } from "./week-template";
export { isIsoDate, toDay, toIso, isoWeekday, startOfWeek } from "./calendar";
export {
  exerciseLibrary,
  getExercise,
  mobilityRoutines,
  strengthRoutines,
  phase4Strength,
  readinessTestIds,
  type Exercise,
  type ExerciseCategory,
  type LocalText,
  type Muscle,
  type StrengthStage,
} from "./exercises";
