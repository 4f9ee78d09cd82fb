import { isoWeekday, startOfWeek, toIso, type Day } from "./calendar";
import type { WeekAdherence } from "./adherence";
import { buildAlerts } from "./alerts";
import { gateClockStart, gateFor } from "./gates";
import { missingReadiness } from "./readiness";
import { reason, type Reason } from "./message-keys";
import { liveContext } from "./plan-context";
import { planDay, type PlanContext } from "./plan-day";
import type { Alert, DayPlan, PlanState } from "./plan-state-types";
import { projectReturnDate } from "./projection";
import { sessionLoad } from "./run-prescription";
import { currentSpec, isInterrupted, type DayDecision, type Replay } from "./replay-counters";

export function buildPlanState(
  r: Replay,
  today: Day,
  snapshots: Map<Day, PlanContext>,
  hasReportToday: boolean,
  adherence: WeekAdherence[],
): PlanState {
  const week = planWeek(r, today, snapshots, hasReportToday);
  const todayPlan = week[today - startOfWeek(today)] ?? restPlan(r, today);
  const projection = projectReturnDate(r, today);
  const spec = currentSpec(r);
  const alerts: Alert[] = buildAlerts(r, today, todayPlan.eased);
  return {
    asOf: toIso(today),
    status: r.status,
    phase: r.phase,
    phaseStartedOn: toIso(r.phaseStart),
    pendingTransition: r.pending,
    redFlags: r.activeRedFlags,
    gate: summariseGate(r, today),
    level:
      spec && r.ladder
        ? {
            current: r.level,
            total: r.ladder.length,
            completions: r.completions,
            required:
              r.level === r.ladder.length
                ? Math.max(r.settings.minRunsPerLevel, spec.runsPerWeek)
                : r.settings.minRunsPerLevel,
            spec,
            next: r.ladder[r.level] ?? null,
          }
        : null,
    restUntil: r.restUntil !== null && r.restUntil > today ? toIso(r.restUntil) : null,
    pause: currentPause(r, today),
    today: todayPlan,
    week,
    projection: {
      weeksOff: projection.weeksOff,
      rebuildWeeks: projection.rebuildWeeks,
      phase4StartOn: toIso(projection.phase4Start),
      ruleOfThumbOn: toIso(projection.ruleOfThumb),
      safetyOn: projection.safety === null ? null : toIso(projection.safety),
      backToLevelOn: toIso(projection.backToLevel),
      isEstimate: projection.isEstimate,
      isOverridden: projection.isOverridden,
      fitnessLossPercent: projection.fitnessLossPercent,
      reasons: projection.reasons,
    },
    lastDecision: r.lastDecision ? toDecision(r.lastDecision) : { on: null, action: "hold", restDays: 0, reasons: [] },
    adherence,
    alerts,
    history: {
      phases: r.phases.map((p) => ({ phase: p.phase, startedOn: toIso(p.start), via: p.via })),
      levels: r.levels.map((l) => ({ from: toIso(l.from), level: l.level })),
      projections: r.projections.map((p) => ({ on: toIso(p.on), backToLevelOn: toIso(p.backToLevelOn) })),
      decisions: r.decisions.map(toDecision),
    },
  };
}

function currentPause(r: Replay, today: Day): PlanState["pause"] {
  const span = r.interruptions.filter((s) => s.to >= today).sort((a, b) => a.from - b.from)[0];
  return span ? { from: toIso(span.from), to: toIso(span.to), reason: span.reason } : null;
}

function toDecision(d: DayDecision): PlanState["lastDecision"] {
  return { on: toIso(d.day), action: d.action, restDays: d.restDays, reasons: d.reasons };
}

function restPlan(r: Replay, day: Day): DayPlan {
  return {
    date: toIso(day),
    weekday: isoWeekday(day),
    phase: r.phase,
    sessions: [
      { kind: "rest", minutes: 0, runMinutes: 0, load: null, exercises: [], items: [], walkRun: null, eased: false },
    ],
    eased: false,
    reasons: [reason("reason.rest.scheduled")],
  };
}

// Mon–Sun of the week holding today: past days as they were planned that morning, today as
// planned this morning, later days planned ahead from the state now, assuming the plan is followed.
function planWeek(r: Replay, today: Day, snapshots: Map<Day, PlanContext>, hasReportToday: boolean): DayPlan[] {
  const monday = startOfWeek(today);
  const plans: DayPlan[] = [];
  let ahead: PlanContext | null = null;
  for (let day = monday; day < monday + 7; day++) {
    const snapshot = snapshots.get(day);
    if (day < (r.phases[0]?.start ?? day)) {
      plans.push(restPlan(r, day));
      continue;
    }
    if (day <= today) {
      plans.push(snapshot ? planDay(snapshot, day) : restPlan(r, day));
      continue;
    }
    if (!ahead) {
      ahead = liveContext(r);
      if (!hasReportToday) followPlan(ahead, plans.at(-1), today);
    }
    if (day - ahead.weekStart >= 7)
      Object.assign(ahead, { weekStart: day, weekRuns: 0, weekRunMinutes: 0, weekLoad: 0, loadCap: null });
    const plan = planDay({ ...ahead, isInterrupted: isInterrupted(r, day) }, day);
    plans.push(plan);
    followPlan(ahead, plan, day);
  }
  return plans;
}

function followPlan(ctx: PlanContext, plan: DayPlan | undefined, day: Day): void {
  const run = plan?.sessions.find((s) => s.kind === "run" || s.kind === "walk_run");
  if (!run) return;
  ctx.lastRunDay = day;
  ctx.weekRuns += 1;
  ctx.weekRunMinutes += run.runMinutes;
  ctx.weekLoad += sessionLoad(run);
}

function summariseGate(r: Replay, today: Day): PlanState["gate"] {
  const gate = gateFor(r.phase, r.settings);
  const daysInPhase = Math.max(0, today - gateClockStart(r) + 1);
  if (!gate) {
    return {
      toPhase: null,
      met: false,
      streak: r.streak,
      required: 0,
      minDays: 0,
      daysInPhase,
      needsApproval: false,
      readiness: null,
      missing: [],
    };
  }
  const missing: Reason[] = [];
  if (r.status === "paused_red_flag") missing.push(reason("gate.missing.clearance"));
  if (r.streak < gate.required) missing.push(reason("gate.missing.streak", { have: r.streak, need: gate.required }));
  if (daysInPhase < gate.minDays)
    missing.push(reason("gate.missing.minDays", { have: daysInPhase, need: gate.minDays }));
  if (r.phase === 3) missing.push(...missingReadiness(r.readiness));
  if (r.recheckOn !== null && today < r.recheckOn)
    missing.push(reason("gate.missing.recheck", { on: toIso(r.recheckOn) }));
  const met = missing.length === 0;
  if (r.status === "awaiting_approval") missing.push(reason("gate.missing.approval"));
  return {
    toPhase: gate.toPhase,
    met,
    streak: r.streak,
    required: gate.required,
    minDays: gate.minDays,
    daysInPhase,
    needsApproval: gate.needsApproval,
    readiness: r.phase === 3 ? { ...r.readiness } : null,
    missing,
  };
}
