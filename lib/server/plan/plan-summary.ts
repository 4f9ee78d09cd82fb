// The dashboard's snapshot of a plan, written whenever the plan changes. What depends on the day
// it is read (days in phase, days without a check-in, adherence) is derived at read time from it.
import "server-only";
import { z } from "zod";
import { Alert, WeekAdherence, type CheckIn, type Intake, type PlanState } from "@/lib/engine";

export const PlanSummary = z.object({
  asOf: z.string(),
  phase: z.int(),
  status: z.string(),
  phaseStartedOn: z.string(),
  pendingTransition: z.int().nullable(),
  level: z.object({ current: z.int(), total: z.int() }).nullable(),
  startOn: z.string(),
  lastCheckInOn: z.string().nullable(),
  checkInCount: z.int(),
  backToLevelOn: z.string(),
  isEstimate: z.boolean(),
  // The highest of the four pain scores of the last 14 reports, oldest first.
  recentPain: z.array(z.object({ date: z.string(), max: z.int() })),
  alerts: z.array(Alert),
  // Sessions planned/done and running minutes planned/reported per week (engine), oldest first;
  // snapshots written before it existed read as no weeks.
  adherence: z.array(WeekAdherence).default([]),
  // The red flags that paused the plan (reason keys), for the dashboard's triage; none when not paused.
  redFlags: z.array(z.string()).default([]),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export function buildPlanSummary(state: PlanState, intake: Intake, checkIns: CheckIn[]): PlanSummary {
  const reported = checkIns.filter((c) => c.date <= state.asOf).sort((a, b) => a.date.localeCompare(b.date));
  return {
    asOf: state.asOf,
    phase: state.phase,
    status: state.status,
    phaseStartedOn: state.phaseStartedOn,
    pendingTransition: state.pendingTransition,
    level: state.level ? { current: state.level.current, total: state.level.total } : null,
    startOn: intake.startOn,
    lastCheckInOn: reported.at(-1)?.date ?? null,
    checkInCount: reported.length,
    backToLevelOn: state.projection.backToLevelOn,
    isEstimate: state.projection.isEstimate,
    recentPain: reported
      .slice(-14)
      .map((c) => ({ date: c.date, max: Math.max(c.painRest, c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning) })),
    alerts: state.alerts,
    adherence: state.adherence,
    redFlags: state.redFlags.map((r) => r.key),
  };
}
