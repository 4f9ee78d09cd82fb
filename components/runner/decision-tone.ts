import type { DecisionAction } from "@/lib/engine";

// The colour of a decision, the same wherever one is shown.
export const decisionTone: Record<DecisionAction, string> = {
  advance: "border-brand-600 bg-brand-50",
  hold: "border-slate-400 bg-slate-50",
  step_back: "border-amber-600 bg-amber-50",
  rest: "border-sky-700 bg-sky-50",
  refer: "border-red-700 bg-red-50",
};
