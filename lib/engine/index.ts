// Public face of the comeback engine: the app and the tests import only from here.
export { computePlanState, type PlanInput } from "./replay-plan";
export {
  defaultSettings,
  applySettingsPatch,
  effectiveTolerance,
  usesTendonModel,
  PlanSettings,
  PlanSettingsPatch,
} from "./settings";
export {
  EASY_EFFORT,
  RUN_COOL_DOWN_MINUTES,
  RUN_WARM_UP_MINUTES,
  runDayParts,
  runPainRule,
  type RunPainRule,
  type RunPart,
} from "./run-day";
export { Intake, InjurySite, Tissue, BoneSite, InjurySide, ImagingType, Diagnosis, Imaging } from "./intake";
export { DIAGNOSIS_CODES, DiagnosisCode, diagnosisCodeKey } from "./diagnosis-codes";
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
export { readinessTestsFor, readinessTestIdList, readinessPainLimit, type ReadinessTestId } from "./readiness";
export {
  LSI_TARGET,
  limbSymmetryIndex,
  readinessAttempts,
  readinessCriteria,
  type ReadinessAttempt,
  type ReadinessCriterion,
} from "./readiness-results";
export { boneRisk } from "./tissue";
export {
  redFlagPriorities,
  redFlagPriority,
  redFlagUrgencies,
  redFlagUrgency,
  redFlagWindowDays,
  triageRedFlags,
  warningSignOf,
  type RedFlagPriority,
  type RedFlagUrgency,
} from "./red-flag-urgency";
export { clinicalRules } from "./rules";
export { citations, formatCitation } from "./citations";
export type { Citation, CitationId } from "./citations";
export { PlanEvent, InterruptionReason, ProgramSessionKind, IntakeCorrection, MAX_PROGRAM_ITEMS } from "./plan-event";
export { correctedIntake, correctedSettings, settingsInForce } from "./intake-correction";
export { WeekAdherence } from "./adherence";
export {
  Alert,
  DayPlan,
  Decision,
  DecisionAction,
  PlanState,
  PlanStatus,
  Session,
  SpeedWork,
  WalkRun,
} from "./plan-state-types";
export { IsoDate } from "./iso-date";
export { engineMessageKeys, type Reason } from "./message-keys";
export { buildLadder, NIELSEN_WEEKLY_RATIO } from "./ladder";
export { estimateFitnessLoss } from "./projection";
export { strengthStage } from "./plan-day";
export { layoutRunWeek } from "./week-template";
export { isIsoDate, toDay, toIso, isoWeekday, startOfWeek } from "./calendar";
export { MISSING_DAYS_ALERT, daysWithoutReport } from "./alerts";
export {
  Dose,
  DoseSide,
  DOSE_LIMITS,
  isWeighedLoad,
  LOAD_AMOUNT_LIMITS,
  LoadKey,
  SessionItem,
  Tempo,
  type WeighedLoad,
} from "./dose";
export { programSlotSpecs, slotDose, type ProgramSlotSpec, type SlotDosing, type SlotPurpose } from "./program";
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
  type FootPose,
  type JointId,
  type Pin,
  type Prop,
  type Muscle,
  type StrengthStage,
} from "./exercises";

// Outcome questionnaires (FHIR R4): import checks, response checks, scoring, the shipped two.
export * from "./questionnaire";
