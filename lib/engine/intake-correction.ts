import { Intake } from "./intake";
import type { PlanEvent } from "./plan-event";

// A correction of the intake fixes what was entered wrong, so the whole plan is
// replayed with the corrected intake (ladder, cross-training minutes, projection). Corrections
// dated after `today` are not known yet; one that would make the intake inconsistent is skipped.
export function correctedIntake(intake: Intake, events: readonly PlanEvent[], today: string): Intake {
  let result = intake;
  const corrections = events
    .filter((e) => e.kind === "intake_correction" && e.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const event of corrections) {
    if (event.kind !== "intake_correction") continue;
    const next = Intake.safeParse({ ...result, ...event.intake });
    if (next.success) result = next.data;
  }
  return result;
}
