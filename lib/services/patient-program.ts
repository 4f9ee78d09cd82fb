// What the physio's program editor starts from: for each session kind the physio can prescribe
// (mobility in phase 2, strength in phases 3 and 4), the program in force or the engine's default.
import {
  correctedIntake,
  getExercise,
  stageDose,
  mobilityRoutines,
  phase4Strength,
  strengthRoutines,
  strengthStage,
  type PlanState,
  type ProgramSessionKind,
  type SessionItem,
  type StrengthStage,
} from "@/lib/engine";
import type { LoadedPlan } from "./load-plan";

export type ProgramSlot = {
  phase: number;
  sessionKind: ProgramSessionKind;
  items: SessionItem[];
  instruction: string | null;
  /** The date of the physio's program in force; null while the engine's default applies. */
  changedOn: string | null;
};

const programSlots: { phase: number; sessionKind: ProgramSessionKind }[] = [
  { phase: 2, sessionKind: "mobility" },
  { phase: 3, sessionKind: "strength" },
  { phase: 4, sessionKind: "strength" },
];

// The same doses the engine prescribes for the stage, so the editor starts from what the runner sees.
const itemsOf = (ids: string[], stage: StrengthStage | null): SessionItem[] =>
  ids.flatMap((exerciseId) => {
    const exercise = getExercise(exerciseId);
    return exercise ? [{ exerciseId, dose: stage ? stageDose(exercise, stage) : exercise.dose }] : [];
  });

export function programSlotsOf(plan: LoadedPlan, state: PlanState, today: string): ProgramSlot[] {
  const { site } = correctedIntake(plan.intake, plan.events, today);
  // Phase 3 strength grows light → heavy → running-specific; the default shown is today's stage.
  const stage = state.phase === 3 ? strengthStage(state.gate.daysInPhase) : "light";
  const defaults: Record<string, string[]> = {
    "2:mobility": mobilityRoutines[site],
    "3:strength": strengthRoutines[site][stage],
    "4:strength": phase4Strength(site, "heavy"),
  };
  return programSlots.map(({ phase, sessionKind }) => {
    const last = plan.events
      .filter(
        (e) => e.kind === "program_change" && e.date <= today && e.phase === phase && e.sessionKind === sessionKind,
      )
      .at(-1);
    if (last?.kind === "program_change" && last.items.length > 0) {
      return { phase, sessionKind, items: last.items, instruction: last.instruction ?? null, changedOn: last.date };
    }
    return {
      phase,
      sessionKind,
      items: itemsOf(
        defaults[`${phase}:${sessionKind}`] ?? [],
        sessionKind === "strength" ? (phase === 3 ? stage : "heavy") : null,
      ),
      instruction: null,
      changedOn: null,
    };
  });
}
