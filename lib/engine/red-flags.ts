import type { CheckIn } from "./check-in";
import { reason, type Reason } from "./message-keys";
import { painPeak } from "./pain";

/** What the red-flag rules remember between reports. */
export interface RedFlagMemory {
  swellingReports: number;
  /** Pain peaks of the last two reports, oldest first. */
  peaks: number[];
}

export function emptyRedFlagMemory(): RedFlagMemory {
  return { swellingReports: 0, peaks: [] };
}

const PAIN_DURING_LIMIT = 5;
const PERSISTENT_SWELLING_REPORTS = 2;

// Red flags, DOMAIN §5 (stop and refer): night pain, a tender spot on a bone (suspected stress
// fracture), swelling on two reports in a row, limping, pain rising three reports in a row,
// pain above 5/10 during activity.
export function detectRedFlags(c: CheckIn, memory: RedFlagMemory): Reason[] {
  const flags: Reason[] = [];
  if (c.nightPain) flags.push(reason("reason.redFlag.nightPain"));
  if (c.boneTenderness) flags.push(reason("reason.redFlag.boneTenderness"));
  if (c.swelling && memory.swellingReports + 1 >= PERSISTENT_SWELLING_REPORTS) flags.push(reason("reason.redFlag.swelling"));
  if (c.limping) flags.push(reason("reason.redFlag.limping"));
  if (isPainRising(memory.peaks, painPeak(c), 3)) flags.push(reason("reason.redFlag.painRising"));
  if (c.painDuring > PAIN_DURING_LIMIT) flags.push(reason("reason.redFlag.painDuring", { score: c.painDuring }));
  return flags;
}

export function rememberReport(c: CheckIn, memory: RedFlagMemory): void {
  memory.swellingReports = c.swelling ? memory.swellingReports + 1 : 0;
  memory.peaks.push(painPeak(c));
  if (memory.peaks.length > 2) memory.peaks.shift();
}

/** True when the last `reports` pain peaks (ending with `current`) each rose over the one before. */
export function isPainRising(previous: readonly number[], current: number, reports: number): boolean {
  const series = [...previous.slice(-(reports - 1)), current];
  if (series.length < reports) return false;
  for (let i = 1; i < series.length; i++) if ((series[i] ?? 0) <= (series[i - 1] ?? 0)) return false;
  return true;
}
