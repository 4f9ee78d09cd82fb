// A run day's parts in order (no schema behind it, so the session player in the browser can use it too).
import type { Session } from "./plan-state-types";

/** Brisk walking before and easy walking after every run or walk/run (ACSM Guidelines, 11th ed. 2021: 5–10 min warm-up and cool-down). */
export const RUN_WARM_UP_MINUTES = 5;
export const RUN_COOL_DOWN_MINUTES = 5;

export type RunPart =
  | { kind: "warm_up"; minutes: number }
  | { kind: "blocks"; blocks: number; jogMinutes: number; walkMinutes: number }
  | { kind: "run"; minutes: number }
  | { kind: "cool_down"; minutes: number };

/**
 * A run or walk/run session from start to end, in order; [] for any other session. Warm-up and cool-down
 * are walking: they add no running load and are not in the session's minutes (Nielsen 2014 counts running).
 */
export function runDayParts(session: Pick<Session, "kind" | "minutes" | "walkRun">): RunPart[] {
  const main: RunPart | null =
    session.kind === "walk_run" && session.walkRun
      ? { kind: "blocks", ...session.walkRun }
      : session.kind === "run"
        ? { kind: "run", minutes: session.minutes }
        : null;
  if (!main) return [];
  return [
    { kind: "warm_up", minutes: RUN_WARM_UP_MINUTES },
    main,
    { kind: "cool_down", minutes: RUN_COOL_DOWN_MINUTES },
  ];
}
