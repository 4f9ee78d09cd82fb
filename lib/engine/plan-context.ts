import { allReadinessPassed } from "./readiness";
import type { PlanContext } from "./plan-day";
import { currentSpec, lastLevelChange, loadCapFor, type Replay } from "./replay-counters";

// The replay's counters as a day's plan needs them; recovery notes and interruptions are the caller's.
export function liveContext(r: Replay): PlanContext {
  return {
    intake: r.intake,
    phase: r.phase,
    phaseStart: r.phaseStart,
    isPaused: r.status === "paused_red_flag",
    spec: currentSpec(r),
    levelChange: lastLevelChange(r),
    restUntil: r.restUntil,
    tendonLoading: r.tendonModel,
    lastRunDay: r.lastRunDay,
    weekStart: r.week.start,
    weekRuns: r.week.runs,
    weekRunMinutes: r.week.runMinutes,
    weekLoad: r.week.load,
    loadCap: loadCapFor(r, r.week.start),
    readinessPassed: allReadinessPassed(r.readiness),
    painful: new Set(r.painful),
    recovery: [],
    isInterrupted: false,
    programs: new Map(r.programs),
  };
}
