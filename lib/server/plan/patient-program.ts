// What the physio's program editor starts from: for each session the engine fills with exercises
// (tendon loading in phases 1–2 when the tendon model is on, mobility in phase 2, strength in phases 3
// and 4), the program in force or the engine's default.
import "server-only";
import {
  correctedIntake,
  getExercise,
  programSlotSpecs,
  slotDose,
  strengthStage,
  usesTendonModel,
  type PlanSettings,
  type PlanState,
  type ProgramSessionKind,
  type SessionItem,
  type SlotDosing,
  type SlotPurpose,
} from "@/lib/engine";
import type { LoadedPlan } from "./load-plan";

export type ProgramSlot = {
  phase: number;
  sessionKind: ProgramSessionKind;
  purpose: SlotPurpose;
  /** How an exercise added or swapped in is dosed by default (the engine's dose for this slot). */
  dosing: SlotDosing;
  items: SessionItem[];
  instruction: string | null;
  /** The date of the physio's program in force; null while the engine's default applies. */
  changedOn: string | null;
};

// The same doses the engine prescribes for the slot, so the editor starts from what the runner sees.
const itemsOf = (ids: string[], dosing: SlotDosing): SessionItem[] =>
  ids.flatMap((exerciseId) => {
    const exercise = getExercise(exerciseId);
    return exercise ? [{ exerciseId, dose: slotDose(exercise, dosing) }] : [];
  });

export function programSlotsOf(
  plan: LoadedPlan,
  state: PlanState,
  settings: PlanSettings,
  today: string,
): ProgramSlot[] {
  const intake = correctedIntake(plan.intake, plan.events, today);
  // Phase 3 strength grows light → heavy → running-specific; the default shown is today's stage.
  const stage = state.phase === 3 ? strengthStage(state.gate.daysInPhase) : "light";
  return programSlotSpecs(intake.site, usesTendonModel(intake, settings), stage).map(
    ({ phase, sessionKind, purpose, dosing, defaults }) => {
      const last = plan.events
        .filter(
          (e) => e.kind === "program_change" && e.date <= today && e.phase === phase && e.sessionKind === sessionKind,
        )
        .at(-1);
      const base = { phase, sessionKind, purpose, dosing };
      if (last?.kind === "program_change" && last.items.length > 0) {
        return { ...base, items: last.items, instruction: last.instruction ?? null, changedOn: last.date };
      }
      return { ...base, items: itemsOf(defaults, dosing), instruction: null, changedOn: null };
    },
  );
}
