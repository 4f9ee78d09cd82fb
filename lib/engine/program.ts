// The physio's program (issue #10): program_change events, replayed on their date, replace the
// engine's default exercises of every session of that kind in that phase. The engine still decides
// the phase, the session days and whether a day is eased; the physio decides what is done in them.
import { toIso, type Day } from "./calendar";
import type { Dose, SessionItem } from "./dose";
import type { Exercise } from "./exercises";
import type { PlanEvent, ProgramSessionKind } from "./plan-event";
import type { Session } from "./plan-state";

export interface Program {
  items: SessionItem[];
  instruction: string | null;
  on: Day;
}
export type Programs = ReadonlyMap<string, Program>;

const keyOf = (phase: number, kind: ProgramSessionKind) => `${phase}:${kind}`;

export function applyProgramChange(programs: Map<string, Program>, day: Day, event: Extract<PlanEvent, { kind: "program_change" }>): void {
  const key = keyOf(event.phase, event.sessionKind);
  if (event.items.length === 0) programs.delete(key);
  else programs.set(key, { items: event.items, instruction: event.instruction || null, on: day });
}

export function programFor(programs: Programs, phase: number, kind: Session["kind"]): Program | undefined {
  return kind === "strength" || kind === "mobility" ? programs.get(keyOf(phase, kind)) : undefined;
}

const quarterLess = (value: number | undefined) => (value === undefined ? undefined : Math.max(1, Math.round(value * 0.75)));

// Recovery, seed 004 (recovery.ts): an eased day is a quarter shorter and never heavier. The
// physio's dose is eased the same way: one set fewer, holds and times a quarter shorter.
export function easeDose(dose: Dose): Dose {
  const eased: Dose = { ...dose };
  if (dose.sets !== undefined) eased.sets = Math.max(1, dose.sets - 1);
  if (dose.holdSeconds !== undefined) eased.holdSeconds = quarterLess(dose.holdSeconds);
  if (dose.seconds !== undefined) eased.seconds = quarterLess(dose.seconds);
  if (dose.minutes !== undefined) eased.minutes = quarterLess(dose.minutes);
  return eased;
}

/** The session with the physio's program for its phase and kind, if there is one. */
export function withProgram(session: Session, phase: number, programs: Programs): Session {
  const program = programFor(programs, phase, session.kind);
  if (!program) return session;
  const items = program.items.map((item) => ({ exerciseId: item.exerciseId, dose: session.eased ? easeDose(item.dose) : item.dose }));
  return { ...session, exercises: items.map((i) => i.exerciseId), items, byPhysio: { on: toIso(program.on), instruction: program.instruction } };
}

// A starting dose per kind of exercise, until the library carries each exercise's own dose
// (issue #10, runner half): strength 3 × 10, a stretch held 30 s each side, a minute of rolling.
const fallbackDose: Record<Exercise["category"], Dose> = {
  strength: { sets: 3, reps: 10, restSeconds: 60, load: "body_weight" },
  mobility: { sets: 2, holdSeconds: 30, side: "each", load: "gentle_stretch" },
  foam_roll: { seconds: 60, side: "each", load: "gentle_pressure" },
  cross_training: { minutes: 30, load: "easy_pace" },
  readiness_test: { reps: 1, load: "body_weight" },
};

export function defaultDose(exercise: Pick<Exercise, "category"> & { dose?: Dose }): Dose {
  return exercise.dose ?? fallbackDose[exercise.category];
}
