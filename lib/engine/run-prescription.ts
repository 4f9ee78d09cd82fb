import type { Intake } from "./intake";
import { levelLoad } from "./ladder";
import { reason, type Reason } from "./message-keys";
import type { LevelSpec, Session } from "./plan-state-types";
import { easeMinutes } from "./recovery";

const BLOCK_MINUTES = 5;
/** A run trimmed to under half its planned length is not worth doing: rest instead. */
const MIN_SHARE_OF_PLANNED = 0.5;
const MIN_RUN_MINUTES = 5;

/** What this week holds so far, as lived (and, ahead, as planned). */
export interface WeekSoFar {
  runs: number;
  runMinutes: number;
  /** Running load (Nielsen): session minutes of walk/run, run minutes of continuous running. */
  load: number;
  /** Most load this week may hold: 1.3 × the load two weeks before, or null when there is no base week. */
  loadCap: number | null;
}

export interface Prescription {
  session: Session | null;
  reasons: Reason[];
}

function runSession(
  kind: "run" | "walk_run",
  minutes: number,
  runMinutes: number,
  eased: boolean,
  walkRun: Session["walkRun"],
): Session {
  return { kind, minutes, runMinutes, load: "easy", exercises: [], items: [], walkRun, eased };
}

// The run a level prescribes today, within every cap (DOMAIN §4): the level's runs a week, the
// level's weekly minutes (so a level change mid-week never stacks two levels' runs), the
// pre-injury weekly minutes and longest run, and the 30 % two-week rise (Nielsen 2014).
export function prescribeRun(intake: Intake, spec: LevelSpec, week: WeekSoFar, eased: boolean): Prescription {
  if (week.runs >= spec.runsPerWeek) return { session: null, reasons: [] };
  const runRoom = Math.min(intake.weeklyMinutes, spec.weeklyRunMinutes) - week.runMinutes;
  const loadRoom = Math.min(week.loadCap ?? Infinity, levelLoad(spec)) - week.load;
  if (spec.walkRun) {
    const wanted = eased ? Math.max(1, spec.walkRun.blocks - 1) : spec.walkRun.blocks;
    const byRun = Math.floor(runRoom / spec.walkRun.jogMinutes);
    const byLoad = Math.floor(loadRoom / BLOCK_MINUTES);
    const blocks = Math.min(wanted, byRun, byLoad);
    if (blocks < Math.max(1, Math.ceil(wanted * MIN_SHARE_OF_PLANNED)))
      return { session: null, reasons: [capReason(byLoad < byRun)] };
    const walkRun = { ...spec.walkRun, blocks };
    const reasons = blocks < wanted ? [capReason(byLoad < byRun)] : [];
    return {
      session: runSession("walk_run", blocks * BLOCK_MINUTES, blocks * spec.walkRun.jogMinutes, eased, walkRun),
      reasons,
    };
  }
  const planned = Math.min(spec.runMinutes[week.runs] ?? spec.runMinutes.at(-1) ?? 0, intake.longestRunMinutes);
  const wanted = eased ? easeMinutes(planned) : planned;
  const minutes = Math.min(wanted, runRoom, loadRoom);
  if (minutes < Math.max(MIN_RUN_MINUTES, Math.ceil(planned * MIN_SHARE_OF_PLANNED))) {
    return { session: null, reasons: [capReason(loadRoom < runRoom)] };
  }
  const reasons = minutes < wanted ? [capReason(loadRoom < runRoom)] : [];
  const session = runSession("run", minutes, minutes, eased, null);
  // An eased day (poor sleep, high resting heart rate) leaves the speed work out (seed 004).
  return { session: spec.speed && !eased ? { ...session, speed: spec.speed } : session, reasons };
}

function capReason(isTwoWeekRule: boolean): Reason {
  return reason(isTwoWeekRule ? "reason.volume.twoWeekCap" : "reason.volume.weeklyCap");
}

/** Load of a session the runner reported: walk/run counts whole, as in levelLoad. */
export function sessionLoad(session: Pick<Session, "kind" | "minutes" | "runMinutes">): number {
  return session.kind === "walk_run" ? session.minutes : session.runMinutes;
}
