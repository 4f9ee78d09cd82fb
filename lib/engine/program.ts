// The physio's program: program_change events, replayed on their date, replace the
// engine's default exercises of every session of that kind in that phase. The engine still decides
// the phase, the session days and whether a day is eased; the physio decides what is done in them.
import { toIso, type Day } from "./calendar";
import type { SessionItem } from "./dose";
import { easeDose } from "./exercises/prescribe";
import type { PlanEvent, ProgramSessionKind } from "./plan-event";
import type { Session } from "./plan-state";

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
