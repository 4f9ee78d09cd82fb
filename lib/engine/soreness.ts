import type { Soreness } from "./check-in";
import type { MessageKey } from "./message-keys";
import type { DecisionAction } from "./plan-state-types";

export interface SorenessRule {
  action: DecisionAction;
  restDays: number;
  levelDrop: number;
  /** Whether this run counts toward the runs needed before the next level. */
  counts: boolean;
  key: MessageKey;
}

// Soreness rules, Fees et al. 1998: pain in the warm-up that persists or pain that returns → stop,
// 2 days off, drop a level; warm-up pain that goes → stay; next-day soreness → 1 day off, no
// advance; no soreness → may advance (within the weekly limit).
export const SORENESS_RULES: Record<Soreness, SorenessRule> = {
  warmup_persisted: {
    action: "step_back",
    restDays: 2,
    levelDrop: 1,
    counts: false,
    key: "reason.soreness.warmupPersisted",
  },
  returned: { action: "step_back", restDays: 2, levelDrop: 1, counts: false, key: "reason.soreness.returned" },
  next_day: { action: "rest", restDays: 1, levelDrop: 0, counts: false, key: "reason.soreness.nextDay" },
  warmup_gone: { action: "hold", restDays: 0, levelDrop: 0, counts: false, key: "reason.soreness.warmupGone" },
  none: { action: "advance", restDays: 0, levelDrop: 0, counts: true, key: "reason.level.advanced" },
};
