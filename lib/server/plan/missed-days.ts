import "server-only";
import { addDays, formatISO, parseISO } from "date-fns";
import { MAX_DAYS_BACK } from "../check-in/record-check-in";
import type { LoadedPlan } from "./load-plan";

// Days in the fill-in window (up to 7 back, not before the plan started) without a check-in.
export function missedDays(plan: LoadedPlan, today: string): string[] {
  const reported = new Set(plan.checkIns.map((c) => c.date));
  const days: string[] = [];
  for (let back = MAX_DAYS_BACK; back >= 1; back--) {
    const day = formatISO(addDays(parseISO(today), -back), { representation: "date" });
    if (day >= plan.intake.startOn && !reported.has(day)) days.push(day);
  }
  return days;
}
