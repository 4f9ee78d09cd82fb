import { startOfWeek, toDay, type Day } from "./calendar";
import type { CrossTrainingOption } from "./check-in";
import { noReadinessPasses, type ReadinessPasses, type ReadinessTestId } from "./readiness";
import type { Intake } from "./intake";
import type { Reason } from "./message-keys";
import type { DecisionAction, LevelSpec, PlanStatus } from "./plan-state-types";
import type { InterruptionReason } from "./plan-event";
import type { Program } from "./program";
import { emptyRedFlagMemory, type RedFlagMemory } from "./red-flags";
import { effectiveTolerance, tendonBaselineOf, usesTendonModel, type PlanSettings } from "./settings";

export interface DayDecision {
  day: Day;
  action: DecisionAction;
  restDays: number;
  reasons: Reason[];
}

export interface Interruption {
  from: Day;
  to: Day;
  reason: InterruptionReason | null;
}

export type PhaseVia = "start" | "gate" | "approval" | "override";

/** The mutable state of one forward pass over the days; never leaves the engine. */
export interface Replay {
  intake: Intake;
  settings: PlanSettings;
  tolerance: number;
  tendonModel: boolean;
  /** Rest/morning pain the tendon may sit at (tendon model), else the tolerance. */
  baseline: number;
  lastRunOnDay: Day;
  status: PlanStatus;
  phase: number;
  phaseStart: Day;
  pending: number | null;
  /** A physio's "not yet": the gate asks again from this day, if still met (the streak keeps counting). */
  recheckOn: Day | null;
  streak: number;
  readiness: ReadinessPasses;
  /** The tests the physio measured in the practice, and on which day: that day's own report does not undo them. */
  clinicTests: { day: Day; ids: ReadinessTestId[] } | null;
  redFlags: RedFlagMemory;
  activeRedFlags: Reason[];
  pausedOn: Day | null;
  painful: Set<CrossTrainingOption>;
  hrLog: { day: Day; hr: number }[];
  lastReportDay: Day | null;
  /** The report on which pain had risen three reports in a row (hold and alert, not a red flag). */
  painRisingOn: Day | null;
  /** Load pain (max of during/after) per day since the start, -1 when no report; tendon model. */
  loadPain: number[];
  /** Rest and morning pain (the larger) per day since the start, -1 when no report; tendon model. */
  settlePain: number[];
  /** The last report with pain above 5 after a session or at rest (stepped back, physio alerted). */
  painHighOn: Day | null;
  /** Next-day soreness (Fees 1998): no step up before this day. */
  noAdvanceBefore: Day | null;
  phase4Start: Day | null;
  /** The prescribed weekly load of the level phase 4 started at: the 30 % rule's first base. */
  reentryLoad: number | null;
  ladder: LevelSpec[] | null;
  level: number;
  completions: number;
  lastAdvanceDay: Day | null;
  lastAdvanceFrom: number | null;
  lastRunDay: Day | null;
  /** The run whose next-day soreness was already handled, so one run costs one rest day. */
  nextDayHandledRun: Day | null;
  gapRef: Day;
  gapDrops: number;
  restUntil: Day | null;
  interruptions: Interruption[];
  overrideBackToLevel: Day | null;
  week: WeekTally;
  /** Lived running load of past weeks by their Monday (Nielsen 2014); base = all of it in phase 4. */
  loadByWeek: Map<Day, { load: number; isBase: boolean }>;
  /** The physio's programs in force, by "phase:sessionKind". */
  programs: Map<string, Program>;
  completedOn: Day | null;
  lastDecision: DayDecision | null;
  phases: { phase: number; start: Day; via: PhaseVia }[];
  levels: { from: Day; level: number }[];
  projections: { on: Day; backToLevelOn: Day }[];
  decisions: DayDecision[];
  ladderCache: Map<number, LevelSpec[]>;
}

export function createReplay(intake: Intake, settings: PlanSettings, startDay: Day, days: number): Replay {
  return {
    intake,
    settings,
    tolerance: effectiveTolerance(intake, settings),
    tendonModel: usesTendonModel(intake, settings),
    baseline: tendonBaselineOf(intake, settings),
    lastRunOnDay: toDay(intake.lastRunOn),
    status: "active",
    phase: 1,
    phaseStart: startDay,
    pending: null,
    recheckOn: null,
    streak: 0,
    readiness: noReadinessPasses(intake),
    clinicTests: null,
    redFlags: emptyRedFlagMemory(),
    activeRedFlags: [],
    pausedOn: null,
    painful: new Set(),
    hrLog: [],
    lastReportDay: null,
    painRisingOn: null,
    loadPain: new Array<number>(Math.max(0, days)).fill(-1),
    settlePain: new Array<number>(Math.max(0, days)).fill(-1),
    painHighOn: null,
    noAdvanceBefore: null,
    phase4Start: null,
    reentryLoad: null,
    ladder: null,
    level: 0,
    completions: 0,
    lastAdvanceDay: null,
    lastAdvanceFrom: null,
    lastRunDay: null,
    nextDayHandledRun: null,
    gapRef: startDay,
    gapDrops: 0,
    restUntil: null,
    interruptions: [],
    overrideBackToLevel: null,
    week: { start: startDay, runMinutes: 0, runs: 0, load: 0 },
    loadByWeek: new Map(),
    programs: new Map(),
    completedOn: null,
    lastDecision: null,
    phases: [{ phase: 1, start: startDay, via: "start" }],
    levels: [],
    projections: [],
    decisions: [],
    ladderCache: new Map(),
  };
}

interface WeekTally {
  start: Day;
  runMinutes: number;
  runs: number;
  /** Running load for the 30 % rule: walk/run sessions whole, run minutes otherwise. */
  load: number;
}

/** Nielsen et al. 2014: at most 30 % more running load than two weeks before. */
export const NIELSEN_TWO_WEEK_LIMIT = 1.3;

// Nielsen et al. 2014 (J Orthop Sports Phys Ther 44(10):739–747), on the weeks as lived: a week may
// hold at most 1.3 × the load of the week two before it, when that week was a full week in phase 4
// with running in it. Until such a week exists (the first weeks of phase 4) the base is the re-entry
// level's prescribed week, not zero: the cap applies from the first run.
export function loadCapFor(r: Replay, weekStart: Day): number | null {
  const base = r.loadByWeek.get(weekStart - 14);
  if (base && base.isBase && base.load > 0) return Math.floor(base.load * NIELSEN_TWO_WEEK_LIMIT);
  if (r.phase4Start === null || r.reentryLoad === null || weekStart < startOfWeek(r.phase4Start)) return null;
  const firstFullWeek = startOfWeek(r.phase4Start + 6);
  return weekStart - 14 < firstFullWeek ? Math.floor(r.reentryLoad * NIELSEN_TWO_WEEK_LIMIT) : null;
}

/** Closes the week that ends before `day` and opens the one holding it. */
export function rollWeek(r: Replay, weekStart: Day): void {
  const isBase = r.phase4Start !== null && r.phase4Start <= r.week.start;
  r.loadByWeek.set(r.week.start, { load: r.week.load, isBase });
  r.week = { start: weekStart, runMinutes: 0, runs: 0, load: 0 };
}

export function decide(r: Replay, day: Day, action: DecisionAction, reasons: Reason[], restDays = 0): void {
  const decision = { day, action, restDays, reasons };
  r.lastDecision = decision;
  if (action !== "hold") r.decisions.push(decision);
}

export function isInterrupted(r: Replay, day: Day): boolean {
  for (const span of r.interruptions) if (day >= span.from && day <= span.to) return true;
  return false;
}

export function currentSpec(r: Replay): LevelSpec | null {
  return r.ladder?.[r.level - 1] ?? null;
}

/** The level before the latest change and the day that change took effect (null before any change). */
export function lastLevelChange(r: Replay): { previous: LevelSpec | null; on: Day | null } {
  const last = r.levels.at(-1);
  const before = r.levels.at(-2);
  const previous = before ? (r.ladder?.[before.level - 1] ?? null) : null;
  return { previous, on: previous ? (last?.from ?? null) : null };
}

export function setLevel(r: Replay, day: Day, level: number): void {
  const total = r.ladder?.length ?? 1;
  const next = Math.min(Math.max(1, level), total);
  if (next === r.level) return;
  // A step down after "back at level" reopens the plan: its dates are computed again.
  if (next < r.level && r.status === "completed") {
    r.status = "active";
    r.completedOn = null;
  }
  r.level = next;
  r.completions = 0;
  const last = r.levels.at(-1);
  if (last && last.from === day) last.level = next;
  else r.levels.push({ from: day, level: next });
}
