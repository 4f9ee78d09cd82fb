import type { PlanState } from "@/lib/engine";
import type { PauseView } from "./pause-panel";
import type { DateText } from "@/lib/i18n/formats";

// The engine's pause with its dates in words, for the pause panel.
export function pauseView(pause: PlanState["pause"], today: string, date: DateText): PauseView | null {
  return pause
    ? {
        ...pause,
        fromText: date(pause.from, "dayMonthLong"),
        toText: date(pause.to, "dayMonthLong"),
        isRunning: pause.from <= today,
      }
    : null;
}
