import { toDay, toIso, type Day } from "./calendar";

/** A decline without a date is looked at again three days later. */
const DEFAULT_RECHECK_DAYS = 3;
import { reason } from "./message-keys";
import type { PlanEvent } from "./plan-event";
import { currentSpec, decide, setLevel, type Replay } from "./replay-counters";
import { pendingGapDrop } from "./phase4";
import { applyProgramChange } from "./program";
import { readinessPainLimit, scoreReadinessTests, type ReadinessTestId } from "./readiness";
import { emptyRedFlagMemory } from "./red-flags";
import { applySettingsPatch, effectiveTolerance, tendonBaselineOf, usesTendonModel } from "./settings";
import { enterPhase } from "./transitions";

// Physio and runner actions (DOMAIN §3, §5): every change is an event, replayed on its date.
// Returns false for an answer with nothing to answer yet (an approval with no transition waiting,
// a clearance with no pause): the replay tries it again after that day's check-in, because an
// answer dated today may respond to what today's check-in raised.
export function applyEvent(r: Replay, day: Day, event: PlanEvent): boolean {
  switch (event.kind) {
    case "approve_transition":
      if (r.status !== "awaiting_approval" || r.pending !== event.toPhase) return false;
      enterPhase(r, event.toPhase, day, "approval");
      decide(r, day, "advance", [reason("reason.gate.approved", { phase: event.toPhase })]);
      return true;
    case "decline_transition": {
      if (r.status !== "awaiting_approval" || r.pending !== event.toPhase) return false;
      // A physio's "not yet" means "I want to see more first", not "start over": the streak stays.
      const recheck = event.recheckOn ? Math.max(day + 1, toDay(event.recheckOn)) : day + DEFAULT_RECHECK_DAYS;
      r.status = "active";
      r.pending = null;
      r.recheckOn = recheck;
      decide(r, day, "hold", [reason("reason.gate.declined", { phase: event.toPhase, recheckOn: toIso(recheck) })]);
      return true;
    }
    case "override":
      applyOverride(r, day, event);
      return true;
    case "clearance":
      return applyClearance(r, day);
    case "settings_change":
      r.settings = applySettingsPatch(r.settings, event.settings);
      r.tolerance = effectiveTolerance(r.intake, r.settings);
      r.tendonModel = usesTendonModel(r.intake, r.settings);
      r.baseline = tendonBaselineOf(r.intake, r.settings);
      return true;
    case "program_change":
      applyProgramChange(r.programs, day, event);
      return true;
    case "clinic_tests":
      // Goom et al. 2016: tests measured by the physio count like the runner's, in the current stint in phase 3.
      if (r.phase === 3) {
        r.readiness = scoreReadinessTests(event.tests, readinessPainLimit(r.tolerance), r.readiness);
        r.clinicTests = { day, ids: Object.keys(event.tests) as ReadinessTestId[] };
      }
      return true;
    case "interruption":
    case "interruption_end":
    case "intake_correction":
    case "discharge":
      // Collected before the replay starts (the days and the intake are known in advance); the
      // discharge only ends the replay, which the caller does by replaying up to its date.
      return true;
  }
}

function applyOverride(r: Replay, day: Day, event: Extract<PlanEvent, { kind: "override" }>): void {
  if (event.phase !== undefined && event.phase !== r.phase) {
    const action = event.phase > r.phase ? "advance" : "step_back";
    enterPhase(r, event.phase, day, "override");
    decide(r, day, action, [reason("reason.override.phase", { phase: event.phase })]);
  }
  if (event.level !== undefined && r.phase === 4 && event.level !== r.level) {
    const action = event.level > r.level ? "advance" : "step_back";
    setLevel(r, day, event.level);
    decide(r, day, action, [reason("reason.override.level", { level: r.level })]);
  }
  if (event.backToLevelOn) r.overrideBackToLevel = toDay(event.backToLevelOn);
}

// Red flags (Ardern et al. 2016: the clinician decides the return): only a clearance resumes the plan, one level lower in phase 4 (more when
// the pause itself was a long break from running), with a fresh pain-free streak.
function applyClearance(r: Replay, day: Day): boolean {
  if (r.status !== "paused_red_flag") return false;
  r.status = "active";
  r.activeRedFlags = [];
  r.pausedOn = null;
  r.streak = 0;
  r.redFlags = emptyRedFlagMemory();
  if (r.phase === 4 && currentSpec(r)) {
    const drop = Math.max(1, pendingGapDrop(r, day));
    setLevel(r, day, r.level - drop);
    r.completions = 0;
    decide(r, day, "step_back", [reason("reason.clearance.resumedLevel", { level: r.level })]);
    return true;
  }
  decide(r, day, "hold", [reason("reason.clearance.resumed")]);
  return true;
}
