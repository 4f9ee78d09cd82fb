import { isoWeekday, toIso, type Day } from "./calendar";
import type { CrossTrainingOption } from "./check-in";
import { crossTraining } from "./exercises/cross-training";
import { getExercise, prescribe } from "./exercises";
import { mobilityRoutines, phase4Strength, strengthRoutines, type StrengthStage } from "./exercises/routines";
import { readinessExerciseIds, readinessTestsFor } from "./readiness";
import type { Intake } from "./intake";
import { reason, type Reason } from "./message-keys";
import type { DayPlan, LevelSpec, Session, SessionLoad } from "./plan-state-types";
import { withProgram, type Programs } from "./program";
import { easeMinutes } from "./recovery";
import { prescribeRun, type Prescription } from "./run-prescription";
import {
  asIsometricHolds,
  TENDON_MINUTES,
  TENDON_SESSIONS_PER_WEEK,
  tendonRoutine,
  tendonStageFor,
} from "./tendon-loading";
import { followsHeavyStrength, layoutRunWeek, pickDays, usableDays } from "./week-template";

/** What planning one day needs to know; copied from the replay so planning ahead cannot change it. */
export interface PlanContext {
  intake: Intake;
  phase: number;
  phaseStart: Day;
  isPaused: boolean;
  spec: LevelSpec | null;
  /** The level before the latest change and its day: a run never follows that level's heavy day. */
  levelChange: { previous: LevelSpec | null; on: Day | null };
  restUntil: Day | null;
  lastRunDay: Day | null;
  weekStart: Day;
  weekRuns: number;
  weekRunMinutes: number;
  weekLoad: number;
  loadCap: number | null;
  /** Tendon pain-monitoring model on: load the tendon from phase 1 (Silbernagel 2007). */
  tendonLoading: boolean;
  readinessPassed: boolean;
  painful: ReadonlySet<CrossTrainingOption>;
  recovery: Reason[];
  isInterrupted: boolean;
  programs: Programs;
}

const MOBILITY_MINUTES = 15;
const STRENGTH_MINUTES: Record<StrengthStage, number> = { light: 25, heavy: 35, running_specific: 35 };
const READINESS_MINUTES = 45;
// Cross-training replaces a run by the same duration (Runna), but one session stays within 90 min: the
// recovery the seed asks for (M. Steunebrink, "Hardlopen en herstel", 3 November 2025: too little rest
// stacks fatigue) and within every dose's limit (DOSE_LIMITS.minutes, 180).
const CROSS_TRAINING_MAX_MINUTES = 90;

function session(
  kind: Session["kind"],
  minutes: number,
  load: SessionLoad | null,
  exercises: string[],
  eased: boolean,
): Session {
  const items = prescribe(
    exercises.map(getExercise).filter((e) => e !== undefined),
    { kind, load, minutes, eased },
  );
  return { kind, minutes, runMinutes: 0, load, exercises, items, walkRun: null, eased };
}

function restDay(ctx: PlanContext, day: Day, reasons: Reason[]): DayPlan {
  return {
    date: toIso(day),
    weekday: isoWeekday(day),
    phase: ctx.phase,
    sessions: [session("rest", 0, null, [], false)],
    eased: false,
    reasons,
  };
}

export function planDay(ctx: PlanContext, day: Day): DayPlan {
  if (ctx.isPaused) return restDay(ctx, day, [reason("reason.rest.redFlag")]);
  if (ctx.isInterrupted) return restDay(ctx, day, [reason("reason.rest.interruption")]);
  const eased = ctx.recovery.length > 0;
  const built = ctx.phase === 4 && ctx.spec ? planRunDay(ctx, day, ctx.spec, eased) : planEarlyDay(ctx, day, eased);
  if (built.sessions.length === 0)
    return restDay(ctx, day, built.reasons.length > 0 ? built.reasons : [reason("reason.rest.scheduled")]);
  const reasons = eased ? [...ctx.recovery, ...built.reasons] : built.reasons;
  const sessions = built.sessions.map((s) => withProgram(s, ctx.phase, ctx.programs));
  return { date: toIso(day), weekday: isoWeekday(day), phase: ctx.phase, sessions, eased, reasons };
}

interface Built {
  sessions: Session[];
  reasons: Reason[];
}

/** Strength stage by days in phase 3 (seed 003: light, then heavier, then running-specific). */
export function strengthStage(daysInPhase: number): StrengthStage {
  if (daysInPhase <= 5) return "light";
  if (daysInPhase <= 10) return "heavy";
  return "running_specific";
}

// Phases 1–3, seed 003 and Runna: cross-training replaces each run with the same duration
// (pre-injury weekly minutes / runs a week), minus options the runner reported as painful;
// phase 2 adds mobility for the injury site; phase 3 adds strength and, later, Goom's tests.
function planEarlyDay(ctx: PlanContext, day: Day, eased: boolean): Built {
  if (ctx.restUntil !== null && day < ctx.restUntil) {
    return { sessions: [], reasons: [reason("reason.rest.afterPain", { until: toIso(ctx.restUntil) })] };
  }
  const { intake } = ctx;
  const weekday = isoWeekday(day);
  const pool = usableDays(intake.trainingDays);
  const sessions: Session[] = [];
  const reasons: Reason[] = [];
  const daysInPhase = day - ctx.phaseStart + 1;
  const tendonStage = ctx.tendonLoading ? tendonStageFor(ctx.phase) : null;
  if (tendonStage && pickDays(pool, TENDON_SESSIONS_PER_WEEK, false).includes(weekday)) {
    const load = tendonStage === "isometric" || eased ? "light" : "heavy";
    const built = session(
      "strength",
      TENDON_MINUTES[tendonStage],
      load,
      tendonRoutine(intake.site, tendonStage),
      eased,
    );
    sessions.push(tendonStage === "isometric" ? asIsometricHolds(built) : built);
    reasons.push(reason(tendonStage === "isometric" ? "reason.tendon.isometric" : "reason.tendon.slowHeavy"));
  }
  if (ctx.phase === 3 && pickDays(pool, 3, false).includes(weekday)) {
    if (daysInPhase >= 7 && !ctx.readinessPassed) {
      sessions.push(
        session(
          "readiness_tests",
          READINESS_MINUTES,
          null,
          readinessTestsFor(intake).map((id) => readinessExerciseIds[id]),
          false,
        ),
      );
    }
    const stage = eased && strengthStage(daysInPhase) !== "light" ? "light" : strengthStage(daysInPhase);
    sessions.push(session("strength", STRENGTH_MINUTES[stage], stage, strengthRoutines[intake.site][stage], eased));
  }
  if (ctx.phase === 2 && pool.includes(weekday)) {
    sessions.push(session("mobility", MOBILITY_MINUTES, "easy", mobilityRoutines[intake.site], false));
  }
  if (pickDays(pool, intake.runsPerWeek, false).includes(weekday)) {
    const options = crossTraining.map((o) => o.id).filter((id) => !ctx.painful.has(id));
    const minutes = Math.min(CROSS_TRAINING_MAX_MINUTES, Math.round(intake.weeklyMinutes / intake.runsPerWeek));
    if (options.length > 0)
      sessions.push(session("cross_training", eased ? easeMinutes(minutes) : minutes, "easy", options, eased));
    else reasons.push(reason("reason.menu.allPainful"));
  }
  return { sessions, reasons };
}

// Phase 4, Robineau et al. 2016 and Warden et al. 2014: runs on the level's run days (a rest day between
// walk/run runs), two strength sessions (heavy never on or the day before a run day; a shared day
// puts strength first), at least one full rest day, never above the pre-injury weekly minutes.
function planRunDay(ctx: PlanContext, day: Day, spec: LevelSpec, eased: boolean): Built {
  if (ctx.restUntil !== null && day < ctx.restUntil) {
    return { sessions: [], reasons: [reason("reason.rest.afterSoreness", { until: toIso(ctx.restUntil) })] };
  }
  const { intake } = ctx;
  const weekday = isoWeekday(day);
  const isWalkRun = spec.stage === "walk_run";
  const layout = layoutRunWeek(intake.trainingDays, spec.runsPerWeek, isWalkRun);
  const sessions: Session[] = [];
  const reasons: Reason[] = [];
  const strength = layout.strength.find((s) => s.day === weekday);
  if (strength) {
    const load = eased ? "light" : strength.load;
    if (load !== strength.load) reasons.push(reason("reason.strength.heavyToLight"));
    sessions.push(session("strength", STRENGTH_MINUTES[load], load, phase4Strength(intake.site, load), eased));
  }
  if (
    layout.runDays.includes(weekday) &&
    followsHeavyStrength(intake.trainingDays, ctx.levelChange.previous, ctx.levelChange.on, day)
  ) {
    reasons.push(reason("reason.rest.afterHeavyStrength"));
  } else if (layout.runDays.includes(weekday)) {
    const run = planRun(ctx, day, spec, eased);
    if (run.session) {
      if (sessions.length > 0) reasons.push(reason("reason.strength.firstThenRun"));
      sessions.push(run.session);
    }
    reasons.push(...run.reasons);
  }
  return { sessions, reasons };
}

// At most one run a day, and a rest day between walk/run runs (Warden et al. 2014; Liem et al. 2013); the caps are prescribeRun's.
function planRun(ctx: PlanContext, day: Day, spec: LevelSpec, eased: boolean): Prescription {
  if (ctx.lastRunDay === day) return { session: null, reasons: [] };
  if (spec.walkRun && ctx.lastRunDay === day - 1) return { session: null, reasons: [reason("reason.rest.runSpacing")] };
  const week = { runs: ctx.weekRuns, runMinutes: ctx.weekRunMinutes, load: ctx.weekLoad, loadCap: ctx.loadCap };
  return prescribeRun(ctx.intake, spec, week, eased);
}
