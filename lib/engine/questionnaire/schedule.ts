// When a plan is asked a questionnaire: any of at intake, every N weeks, at each phase change, at discharge;
// and, optionally, a score to reach before entering a phase (a gate threshold, read in the scale's direction).
import { z } from "zod";

export const AssignmentSchedule = z
  .object({
    atIntake: z.boolean().default(false),
    /** Every N weeks from the plan's start; null: not on a rhythm. */
    everyNWeeks: z.number().int().min(1).max(52).nullable().default(null),
    atPhaseChange: z.boolean().default(false),
    atDischarge: z.boolean().default(false),
  })
  .refine((s) => s.atIntake || s.everyNWeeks !== null || s.atPhaseChange || s.atDischarge, {
    message: "outcome.scheduleEmpty",
  });
export type AssignmentSchedule = z.infer<typeof AssignmentSchedule>;

/** Reach `score` (at least, or at most when lower is better) before phase `phase` starts. */
export const GateThreshold = z.object({ phase: z.number().int().min(2).max(4), score: z.number().finite() });
export type GateThreshold = z.infer<typeof GateThreshold>;
