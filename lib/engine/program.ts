// The physio's program: program_change events, replayed on their date, replace the
// engine's default exercises of every session of that kind in that phase. The engine still decides
// the phase, the session days and whether a day is eased; the physio decides what is done in them.
import { toIso, type Day } from "./calendar";
import type { Dose, SessionItem } from "./dose";
import { easeDose, stageDose } from "./exercises/prescribe";
import { mobilityRoutines, phase4Strength, strengthRoutines, type StrengthStage } from "./exercises/routines";
import type { Exercise } from "./exercises/types";
import type { InjurySite } from "./intake";
import { isometricDose, tendonRoutine } from "./tendon-loading";
import type { PlanEvent, ProgramSessionKind } from "./plan-event";
import type { Session } from "./plan-state-types";

export interface Program {
  items: SessionItem[];
  instruction: string | null;
  on: Day;
}
export type Programs = ReadonlyMap<string, Program>;

const keyOf = (phase: number, kind: ProgramSessionKind) => `${phase}:${kind}`;

export function applyProgramChange(
  programs: Map<string, Program>,
  day: Day,
  event: Extract<PlanEvent, { kind: "program_change" }>,
): void {
  const key = keyOf(event.phase, event.sessionKind);
  if (event.items.length === 0) programs.delete(key);
  else programs.set(key, { items: event.items, instruction: event.instruction || null, on: day });
}

function programFor(programs: Programs, phase: number, kind: Session["kind"]): Program | undefined {
  return kind === "strength" || kind === "mobility" ? programs.get(keyOf(phase, kind)) : undefined;
}

/** The session with the physio's program for its phase and kind, if there is one. */
export function withProgram(session: Session, phase: number, programs: Programs): Session {
  const program = programFor(programs, phase, session.kind);
  if (!program) return session;
  const items = program.items.map((item) => ({
    exerciseId: item.exerciseId,
    dose: session.eased ? easeDose(item.dose) : item.dose,
  }));
  return {
    ...session,
    exercises: items.map((i) => i.exerciseId),
    items,
    byPhysio: { on: toIso(program.on), instruction: program.instruction },
  };
}

/**
 * How a slot's exercises are dosed by default: isometric holds (tendon, phase 1), a strength stage's dose
 * (tendon slow heavy loading in phase 2 is the heavy stage, Beyer et al. 2015), or each exercise's own dose.
 */
export type SlotDosing = "isometric" | StrengthStage | "own";

/** What a slot is for, so the physio sees "tendon loading" and not just "strength" in phases 1 and 2. */
export type SlotPurpose = "tendon_isometric" | "tendon_slow_heavy" | "strength" | "mobility";

export interface ProgramSlotSpec {
  phase: number;
  sessionKind: ProgramSessionKind;
  purpose: SlotPurpose;
  dosing: SlotDosing;
  /** The engine's exercises for this slot when the physio has not changed them. */
  defaults: string[];
}

/**
 * Every session the engine fills with exercises, in phase order: tendon loading in phases 1 and 2 when
 * the tendon model is on (Silbernagel 2007; Rio et al. 2015; Beyer et al. 2015), mobility in phase 2,
 * strength in phases 3 and 4 (seed 003). Cross-training (options to choose from) and readiness tests
 * (measurements) are not a program. `phase3Stage` is the strength stage shown for phase 3.
 */
export function programSlotSpecs(
  site: InjurySite,
  tendonLoading: boolean,
  phase3Stage: StrengthStage,
): ProgramSlotSpec[] {
  const tendon: ProgramSlotSpec[] = tendonLoading
    ? [
        {
          phase: 1,
          sessionKind: "strength",
          purpose: "tendon_isometric",
          dosing: "isometric",
          defaults: tendonRoutine(site, "isometric"),
        },
        {
          phase: 2,
          sessionKind: "strength",
          purpose: "tendon_slow_heavy",
          dosing: "heavy",
          defaults: tendonRoutine(site, "slow_heavy"),
        },
      ]
    : [];
  const rest: ProgramSlotSpec[] = [
    { phase: 2, sessionKind: "mobility", purpose: "mobility", dosing: "own", defaults: mobilityRoutines[site] },
    {
      phase: 3,
      sessionKind: "strength",
      purpose: "strength",
      dosing: phase3Stage,
      defaults: strengthRoutines[site][phase3Stage],
    },
    {
      phase: 4,
      sessionKind: "strength",
      purpose: "strength",
      dosing: "heavy",
      defaults: phase4Strength(site, "heavy"),
    },
  ];
  return [...tendon, ...rest].sort((a, b) => a.phase - b.phase);
}

/** The dose an exercise starts with in a slot: what the engine would prescribe there (added or swapped in). */
export function slotDose(exercise: Pick<Exercise, "dose" | "stageDoses">, dosing: SlotDosing): Dose {
  if (dosing === "own") return exercise.dose;
  if (dosing === "isometric") return isometricDose(stageDose(exercise, "light"), false);
  return stageDose(exercise, dosing);
}
