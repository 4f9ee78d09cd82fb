// The physio's clinical-control forms (override, discharge): what the browser checks and the server
// action parses, once; the services take the parsed value.
import { z } from "zod";
import { InterruptionReason, IsoDate, isIsoDate } from "@/lib/engine";
import { freeText, optionalText } from "@/lib/forms/fields";

/** The note that goes with a change of the plan, shown to the patient. */
export const PLAN_NOTE_MAX = 1000;
export const planNote = freeText(PLAN_NOTE_MAX);

// Set the phase, the running level or the return date; each left blank is no change.
export const OverrideSchema = z.object({
  phase: z.number().int().min(1).max(4).optional(),
  level: z.number().int().min(1).max(10_000).optional(),
  backToLevelOn: IsoDate.optional(),
  note: planNote,
});
export type OverrideInput = z.output<typeof OverrideSchema>;

const CONFIRM_DISCHARGE = "control.errors.confirmDischarge";

// End of care: the tick box guards against a slip of the finger.
export const DischargeSchema = z.object({
  note: planNote,
  confirm: z.boolean({ error: CONFIRM_DISCHARGE }).refine((v) => v, { error: CONFIRM_DISCHARGE }),
});
export type DischargeInput = z.output<typeof DischargeSchema>;

/** An optional note or finding (blank is none). */
export const optionalPlanNote = optionalText(PLAN_NOTE_MAX);

// The physio clears a red flag: the clinical finding (for her file) is required, the message optional.
export const ClearanceSchema = z.object({ finding: planNote, note: optionalPlanNote });
export type ClearanceInput = z.output<typeof ClearanceSchema>;

const DECLINE_REASON = "patient.errors.declineReason";
const RECHECK = "patient.errors.recheckOn";

// Approve the pending phase, or decline with the reason the patient sees and a re-check date (its range
// depends on the plan's today, so the service checks that). The pressed button sends `decision`.
export const DecisionSchema = z
  .object({
    decision: z.enum(["approve", "decline"]),
    toPhase: z
      .number()
      .int()
      .min(2)
      .max(4)
      .transform((n) => n as 2 | 3 | 4),
    note: optionalPlanNote,
    /** The clinical finding behind the decision: for the physio's file only, never shown to the runner. */
    finding: optionalPlanNote,
    recheckOn: z.string().refine(isIsoDate, { error: RECHECK }).optional(),
  })
  .refine((d) => d.decision === "approve" || d.note !== undefined, { path: ["note"], error: DECLINE_REASON });
export type DecisionInput = z.output<typeof DecisionSchema>;

// A pause (illness, holiday, surgery), by the runner or the physio: dates and a reason; how far ahead and
// how long depend on the plan's today, so the service checks those.
export const PauseSchema = z.object({
  from: IsoDate,
  to: IsoDate,
  reason: InterruptionReason,
  note: optionalPlanNote,
});
export type PauseInput = z.output<typeof PauseSchema>;

/** Ending the pause (or cancelling one not begun), with an optional note. */
export const EndPauseSchema = z.object({ note: optionalPlanNote });
export type EndPauseInput = z.output<typeof EndPauseSchema>;

/** A discharged patient comes back: a new plan from today, from the last normal run (not after today). */
export const ReopenSchema = z.object({ lastRunOn: IsoDate });
export type ReopenInput = z.output<typeof ReopenSchema>;

const TICK = "errors.tickRequired";

// A self-guided runner records that a clinician cleared them after a red flag: the tick is required.
export const RunnerClearanceSchema = z.object({
  confirmed: z.boolean({ error: TICK }).refine((v) => v, { error: TICK }),
  clinician: optionalText(200),
});
export type RunnerClearanceInput = z.output<typeof RunnerClearanceSchema>;
