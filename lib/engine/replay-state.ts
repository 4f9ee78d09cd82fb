import { toDay, type Day } from "./calendar";
import type { CrossTrainingOption } from "./check-in";
import { noReadinessPasses, type ReadinessPasses } from "./gates";
import type { Intake } from "./intake";
import type { Reason } from "./message-keys";
import type { DecisionAction, LevelSpec, PlanStatus } from "./plan-state";
import type { InterruptionReason } from "./plan-event";
import type { Program } from "./program";
import { emptyRedFlagMemory, type RedFlagMemory } from "./red-flags";
import { effectiveTolerance, usesTendonModel, type PlanSettings } from "./settings";

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
  lastRunOnDay: Day;
  status: PlanStatus;
  phase: number;
  phaseStart: Day;
  pending: number | null;
  streak: number;
  readiness: ReadinessPasses;
  redFlags: RedFlagMemory;
  activeRedFlags: Reason[];
  pausedOn: Day | null;
  painful: Set<CrossTrainingOption>;
  hrLog: { day: Day; hr: number }[];
  lastReportDay: Day | null;
  /** Load pain (max of during/after) per day since the start, -1 when no report; tendon model. */
  loadPain: number[];
  phase4Start: Day | null;
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
  /** The physio's programs in force, by "phase:sessionKind". */
  programs: Map<string, Program>;
  week: { start: Day; runMinutes: number; runs: number };
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
    lastRunOnDay: toDay(intake.lastRunOn),
    status: "active",
    phase: 1,
    phaseStart: startDay,
    pending: null,
    streak: 0,
    readiness: noReadinessPasses(),
    redFlags: emptyRedFlagMemory(),
    activeRedFlags: [],
    pausedOn: null,
    painful: new Set(),
    hrLog: [],
    lastReportDay: null,
    loadPain: new Array<number>(Math.max(0, days)).fill(-1),
    phase4Start: null,
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
    programs: new Map(),
    week: { start: startDay, runMinutes: 0, runs: 0 },
    completedOn: null,
    lastDecision: null,
    phases: [{ phase: 1, start: startDay, via: "start" }],
    levels: [],
    projections: [],
    decisions: [],
    ladderCache: new Map(),
  };
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

export function setLevel(r: Replay, day: Day, level: number): void {
  const total = r.ladder?.length ?? 1;
  const next = Math.min(Math.max(1, level), total);
  if (next === r.level) return;
  r.level = next;
  r.completions = 0;
  const last = r.levels.at(-1);
  if (last && last.from === day) last.level = next;
  else r.levels.push({ from: day, level: next });
}
