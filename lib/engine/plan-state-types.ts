import { z } from "zod";
import { WeekAdherence } from "./week-adherence";
import { SessionKind } from "./check-in";
import { SessionItem } from "./dose";
import { IsoDate } from "./iso-date";
import { engineMessageKeys } from "./message-keys";
import { InterruptionReason } from "./plan-event";
import { readinessTestIdList } from "./readiness";

const ReasonSchema = z.object({
  key: z.enum(engineMessageKeys),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const PlanStatus = z.enum(["active", "paused_red_flag", "awaiting_approval", "completed"]);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const DecisionAction = z.enum(["advance", "hold", "step_back", "rest", "refer"]);
export type DecisionAction = z.infer<typeof DecisionAction>;

export const SessionLoad = z.enum(["easy", "light", "heavy", "running_specific"]);
export type SessionLoad = z.infer<typeof SessionLoad>;

export const WalkRun = z.object({ blocks: z.int(), jogMinutes: z.number(), walkMinutes: z.number() });
export type WalkRun = z.infer<typeof WalkRun>;

/** Speed work at the end of an easy run (hamstring speed stage): strides, or surges to an effort. */
export const SpeedWork = z.object({
  kind: z.enum(["strides", "progressive"]),
  /** Effort of each surge in % of the runner's top speed; 0 for relaxed strides. */
  effortPercent: z.int().min(0).max(100),
  reps: z.int().min(1).max(10),
});
export type SpeedWork = z.infer<typeof SpeedWork>;

export const Session = z.object({
  kind: SessionKind,
  minutes: z.number(),
  /** Running minutes in this session (jog share for walk/run); 0 for everything else. */
  runMinutes: z.number(),
  load: SessionLoad.nullable(),
  /** Exercise ids from the library, in order (cross-training: the options to choose from). */
  exercises: z.array(z.string()),
  walkRun: WalkRun.nullable(),
  /** Speed work after the run (hamstring speed stage); absent otherwise. */
  speed: SpeedWork.optional(),
  eased: z.boolean(),
  /** The exercises with their doses, in order: the stage's dose, eased on an eased day; the physio's program where there is one. */
  items: z.array(SessionItem),
  /** Set when the physio's program replaced the default exercises: since when, and their instruction. */
  byPhysio: z.object({ on: IsoDate, instruction: z.string().nullable() }).optional(),
});
export type Session = z.infer<typeof Session>;

export const DayPlan = z.object({
  date: IsoDate,
  weekday: z.int().min(1).max(7),
  phase: z.int().min(1).max(4),
  sessions: z.array(Session),
  eased: z.boolean(),
  reasons: z.array(ReasonSchema),
});
export type DayPlan = z.infer<typeof DayPlan>;

export const LevelSpec = z.object({
  level: z.int(),
  stage: z.enum(["walk_run", "continuous"]),
  runsPerWeek: z.int(),
  walkRun: WalkRun.nullable(),
  /** The speed step of this level (hamstring speed stage); absent otherwise. */
  speed: SpeedWork.optional(),
  /** Minutes of each run in a week at this level, in order. */
  runMinutes: z.array(z.number()),
  weeklyRunMinutes: z.number(),
  description: ReasonSchema,
});
export type LevelSpec = z.infer<typeof LevelSpec>;

export const Decision = z.object({
  on: IsoDate.nullable(),
  action: DecisionAction,
  restDays: z.int(),
  reasons: z.array(ReasonSchema),
});
export type Decision = z.infer<typeof Decision>;

export const Alert = z.object({
  kind: z.enum([
    "red_flag",
    "awaiting_approval",
    "missing_check_ins",
    "pain_rising",
    "stepped_back",
    "swelling",
    "readiness_low",
    "completed",
  ]),
  severity: z.enum(["high", "medium", "low"]),
  on: IsoDate,
  key: z.enum(engineMessageKeys),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Alert = z.infer<typeof Alert>;

/** The readiness tests that apply to this runner (readinessTestsFor), each passed or not. */
const readinessFlags = z.partialRecord(z.enum(readinessTestIdList), z.boolean());

/** Everything the app shows: computed by computePlanState, never stored as the source of truth. */
export const PlanState = z.object({
  asOf: IsoDate,
  status: PlanStatus,
  phase: z.int().min(1).max(4),
  phaseStartedOn: IsoDate,
  pendingTransition: z.int().min(2).max(4).nullable(),
  /** The red flags that paused the plan (empty unless paused). */
  redFlags: z.array(ReasonSchema),
  gate: z.object({
    toPhase: z.int().min(2).max(4).nullable(),
    met: z.boolean(),
    streak: z.int(),
    required: z.int(),
    minDays: z.int(),
    daysInPhase: z.int(),
    needsApproval: z.boolean(),
    readiness: readinessFlags.nullable(),
    missing: z.array(ReasonSchema),
  }),
  level: z
    .object({
      current: z.int(),
      total: z.int(),
      completions: z.int(),
      required: z.int(),
      spec: LevelSpec,
      next: LevelSpec.nullable(),
    })
    .nullable(),
  restUntil: IsoDate.nullable(),
  /** The pause (interruption) running today, or else the next one planned; null when there is none. */
  pause: z.object({ from: IsoDate, to: IsoDate, reason: InterruptionReason.nullable() }).nullable(),
  today: DayPlan,
  week: z.array(DayPlan),
  projection: z.object({
    weeksOff: z.int(),
    rebuildWeeks: z.int(),
    phase4StartOn: IsoDate,
    /** The rule of thumb's own date (phase-4 start + 2 × weeks off), always shown. */
    ruleOfThumbOn: IsoDate,
    /** The later date the safety limits need (why: projection.safetyExtends in reasons), or null. */
    safetyOn: IsoDate.nullable(),
    /** The date that governs: the later of the two, a physio's date, or the day it was reached. */
    backToLevelOn: IsoDate,
    isEstimate: z.boolean(),
    isOverridden: z.boolean(),
    fitnessLossPercent: z.number(),
    reasons: z.array(ReasonSchema),
  }),
  lastDecision: Decision,
  /** Weekly adherence, oldest first: the last weeks up to today (see adherence.ts). */
  adherence: z.array(WeekAdherence),
  alerts: z.array(Alert),
  history: z.object({
    phases: z.array(
      z.object({ phase: z.int(), startedOn: IsoDate, via: z.enum(["start", "gate", "approval", "override"]) }),
    ),
    levels: z.array(z.object({ from: IsoDate, level: z.int() })),
    projections: z.array(z.object({ on: IsoDate, backToLevelOn: IsoDate })),
    decisions: z.array(Decision),
  }),
});
export type PlanState = z.infer<typeof PlanState>;
