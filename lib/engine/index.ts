// Public face of the comeback engine: the app and the tests import only from here.
export { computePlanState, type PlanInput } from "./compute-plan-state";
export { defaultSettings, applySettingsPatch, effectiveTolerance, PlanSettings, PlanSettingsPatch } from "./settings";
export { Intake, InjurySite, Tissue, IsoWeekday, BoneSite } from "./intake";
export {
  CheckIn,
  CrossTrainingOption,
  MAX_COMMENT_LENGTH,
  MAX_SESSIONS_A_DAY,
  PAIN_FIELDS,
  ReadinessTests,
  SAME_DAY_SORENESS,
  SessionKind,
  SessionReport,
  Soreness,
  WARNING_SIGNS,
  type WarningSign,
  hadRun,
  isRunKind,
  mainSession,
  sessionsOf,
} from "./check-in";
export { readinessTestsFor, readinessTestIdList, type ReadinessTestId } from "./readiness";
export { boneRisk, type BoneRisk } from "./tissue";
export { clinicalRules, type ClinicalRule } from "./rules";
export {
  PlanEvent,
  Role,
  InterruptionReason,
  ProgramSessionKind,
  IntakeCorrection,
  MAX_PROGRAM_ITEMS,
} from "./plan-event";
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
export { MISSING_DAYS_ALERT, daysWithoutReport } from "./alerts";
export { Dose, DoseFields, DoseSide, DOSE_LIMITS, LoadKey, SessionItem, Tempo } from "./dose";
export {
  exerciseLibrary,
  easeDose,
  prescribe,
  stageDose,
  getExercise,
  mobilityRoutines,
  strengthRoutines,
  phase4Strength,
  readinessTestIds,
  type BodyFigure,
  type BodyPose,
  type Exercise,
  type ExerciseCategory,
  type Figure,
  type FootFigure,
  type FootPose,
  type JointId,
  type Pin,
  type Prop,
  type LocalText,
  type Muscle,
  type StrengthStage,
} from "./exercises";
