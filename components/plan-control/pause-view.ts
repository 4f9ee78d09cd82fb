import type { PlanState } from "@/lib/engine";
import type { PauseView } from "./pause-panel";

// The engine's pause with its dates in words, for the pause panel.
export function pauseView(
  pause: PlanState["pause"],
  today: string,
  date: (iso: string, pattern?: string) => string,
): PauseView | null {
  return pause
    ? {
        ...pause,
        fromText: date(pause.from, "d MMMM"),
        toText: date(pause.to, "d MMMM"),
        isRunning: pause.from <= today,
      }
    : null;
}
