// The session player's timeline: a flat list of steps (a set to do, a hold, a rest, a jog, a walk)
// and a position in it that moves by timestamps, not by counting ticks, so the player is still
// right after the phone was locked for a while: on wake it catches up over every step that ended.
import type { Dose, Session } from "@/lib/engine";
import { runDayParts } from "@/lib/engine/client";

type StepKind = "reps" | "hold" | "rest" | "timed" | "warmup" | "jog" | "walk" | "run" | "cooldown";

export interface Step {
  kind: StepKind;
  /** Exercise index in the session (-1 for walk/run intervals). */
  item: number;
  /** Length in ms; 0 for a set of reps, which ends when the runner taps "set done". */
  ms: number;
  set?: number;
  sets?: number;
  side?: "left" | "right";
  reps?: number;
  block?: number;
  blocks?: number;
}

const side = (dose: Dose): (undefined | "left" | "right")[] => (dose.side === "each" ? ["left", "right"] : [undefined]);

function exerciseSteps(dose: Dose, item: number, chosen: boolean): Step[] {
  if (dose.minutes !== undefined) return chosen ? [{ kind: "timed", item, ms: dose.minutes * 60_000 }] : [];
  const sets = dose.sets ?? 1;
  const steps: Step[] = [];
  for (let set = 1; set <= sets; set++) {
    for (const s of side(dose)) {
      const base = { item, set, sets, side: s };
      if (dose.reps !== undefined) steps.push({ ...base, kind: "reps", ms: 0, reps: dose.reps });
      else if (dose.holdSeconds !== undefined) steps.push({ ...base, kind: "hold", ms: dose.holdSeconds * 1000 });
      else steps.push({ ...base, kind: "timed", ms: (dose.seconds ?? 0) * 1000 });
      if (dose.restSeconds && (set < sets || s === "left"))
        steps.push({ ...base, kind: "rest", ms: dose.restSeconds * 1000 });
    }
  }
  return steps;
}

/** Every step of a session; for cross-training only the option the runner chose. */
export function sessionSteps(session: Pick<Session, "kind" | "minutes" | "walkRun" | "items">, chosen = 0): Step[] {
  // A run day: brisk walk, the jog/walk blocks or the run, easy walk (lib/engine/run-day-parts.ts).
  const parts = runDayParts(session);
  if (parts.length > 0) {
    return parts.flatMap((part): Step[] => {
      const ms = (minutes: number) => minutes * 60_000;
      if (part.kind === "warm_up") return [{ kind: "warmup", item: -1, ms: ms(part.minutes) }];
      if (part.kind === "cool_down") return [{ kind: "cooldown", item: -1, ms: ms(part.minutes) }];
      if (part.kind === "run") return [{ kind: "run", item: -1, ms: ms(part.minutes) }];
      const { blocks } = part;
      return Array.from({ length: blocks }, (_, i) => [
        { kind: "jog" as const, item: -1, ms: ms(part.jogMinutes), block: i + 1, blocks },
        { kind: "walk" as const, item: -1, ms: ms(part.walkMinutes), block: i + 1, blocks },
      ]).flat();
    });
  }
  const isMenu = session.kind === "cross_training";
  return session.items.flatMap((entry, i) => exerciseSteps(entry.dose, i, !isMenu || i === chosen));
}

export interface Position {
  index: number;
  startedAt: number;
  pausedAt: number | null;
}

/** Moves over every timed step that has ended by `now`; a set of reps waits for the runner. */
export function catchUp(steps: readonly Step[], pos: Position, now: number): { pos: Position; passed: number } {
  if (pos.pausedAt !== null) return { pos, passed: 0 };
  let { index, startedAt } = pos;
  let passed = 0;
  while (index < steps.length) {
    const step = steps[index] as Step;
    if (step.ms === 0 || now - startedAt < step.ms) break;
    startedAt += step.ms;
    index++;
    passed++;
  }
  return { pos: { index, startedAt, pausedAt: null }, passed };
}

export function remainingMs(steps: readonly Step[], pos: Position, now: number): number {
  const step = steps[pos.index];
  if (!step || step.ms === 0) return 0;
  return Math.max(0, step.ms - ((pos.pausedAt ?? now) - pos.startedAt));
}

export const pause = (pos: Position, now: number): Position =>
  pos.pausedAt === null ? { ...pos, pausedAt: now } : pos;
export const resume = (pos: Position, now: number): Position =>
  pos.pausedAt === null ? pos : { index: pos.index, startedAt: pos.startedAt + (now - pos.pausedAt), pausedAt: null };
/** Done with this step (a set of reps, or skipping): the next one starts now. */
export const next = (pos: Position, now: number): Position => ({
  index: pos.index + 1,
  startedAt: now,
  pausedAt: null,
});

/** The first step of the next exercise, for "next exercise". */
export function nextItem(steps: readonly Step[], pos: Position, now: number): Position {
  const item = steps[pos.index]?.item;
  let index = pos.index;
  while (index < steps.length && steps[index]?.item === item) index++;
  return { index, startedAt: now, pausedAt: null };
}
