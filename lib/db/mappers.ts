// The one place where stored rows become engine input. Stored JSON is parsed with the engine's own
// schemas, so a row that does not fit is caught here rather than deep inside the engine.
import { CheckIn, Intake, PlanEvent, PlanSettings } from "@/lib/engine";
import type { CheckInRow } from "@/lib/server/check-in/queries";
import type { PlanRow } from "@/lib/server/plan/queries";
import type { planEvents } from "./schema";

type PlanEventRow = typeof planEvents.$inferSelect;

export function toIntake(row: PlanRow): Intake {
  return Intake.parse(row.intake);
}

export function toSettings(row: PlanRow): PlanSettings {
  return PlanSettings.parse(row.settings);
}

export function toCheckIn(row: CheckInRow): CheckIn {
  return CheckIn.parse({ ...(row.data as object), date: row.date });
}

export function toCheckInVersion(row: { date: string; data: unknown }): CheckIn {
  return CheckIn.parse({ ...(row.data as object), date: row.date });
}

export function toPlanEvent(row: PlanEventRow): PlanEvent {
  return PlanEvent.parse({ ...(row.payload as object), kind: row.kind, date: row.date });
}

// Columns kept beside the JSON so queries (dashboards, constraints) need no replay.
export function checkInColumns(checkIn: CheckIn) {
  const { date, painRest, painMorning } = checkIn;
  // A rest day's report has no pain during or after a session (not asked): the columns hold 0 (no load
  // pain), the JSON the engine reads leaves them out.
  const painDuring = checkIn.painDuring ?? 0;
  const painAfter = checkIn.painAfter ?? 0;
  return { date, painRest, painDuring, painAfter, painMorning, data: checkIn as unknown as Record<string, unknown> };
}
