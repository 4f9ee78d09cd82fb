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

const PERSISTENT_SWELLING_REPORTS = 2;

// Red flags, DOMAIN §5 (stop and refer): only what needs a clinician: night pain that wakes, a tender
// spot on a bone (suspected stress fracture), swelling on two reports in a row, limping, numbness or
// tingling, ill or feverish with the pain, a hot swollen calf (possible DVT), a sudden sharp pain or a
// "pop" (possible rupture). Pain rising three reports in a row holds; pain above 5/10 during, after or
// at rest is a load problem (stepBackForPain), not a red flag.
function detectRedFlags(c: CheckIn, memory: RedFlagMemory): Reason[] {
  const flags: Reason[] = [];
  if (c.nightPain) flags.push(reason("reason.redFlag.nightPain"));
  if (c.boneTenderness) flags.push(reason("reason.redFlag.boneTenderness"));
  if (c.swelling && memory.swellingReports + 1 >= PERSISTENT_SWELLING_REPORTS)
    flags.push(reason("reason.redFlag.swelling"));
  if (c.limping) flags.push(reason("reason.redFlag.limping"));
  if (c.numbness) flags.push(reason("reason.redFlag.numbness"));
  if (c.feelingIll) flags.push(reason("reason.redFlag.feelingIll"));
  if (c.hotSwollenCalf) flags.push(reason("reason.redFlag.hotSwollenCalf"));
  if (c.suddenSharpPain) flags.push(reason("reason.redFlag.suddenSharpPain"));
  return flags;
}

/** Red flags raised by any version of a day's report, each once (a correction never erases one). */
export function detectRedFlagsInVersions(versions: readonly CheckIn[], memory: RedFlagMemory): Reason[] {
  const seen = new Map<string, Reason>();
  for (const version of versions)
    for (const flag of detectRedFlags(version, memory)) if (!seen.has(flag.key)) seen.set(flag.key, flag);
  return [...seen.values()];
}

/** Pain rose three reports in a row (DOMAIN §5): not an emergency; hold and tell the physio. */
export function isPainRisingNow(c: CheckIn, memory: RedFlagMemory): boolean {
  return isPainRising(memory.peaks, painPeak(c), 3);
}

export function rememberReport(c: CheckIn, memory: RedFlagMemory): void {
  memory.swellingReports = c.swelling ? memory.swellingReports + 1 : 0;
  memory.peaks.push(painPeak(c));
  if (memory.peaks.length > 2) memory.peaks.shift();
}

/** True when the last `reports` pain peaks (ending with `current`) each rose over the one before. */
function isPainRising(previous: readonly number[], current: number, reports: number): boolean {
  const series = [...previous.slice(-(reports - 1)), current];
  if (series.length < reports) return false;
  for (let i = 1; i < series.length; i++) if ((series[i] ?? 0) <= (series[i - 1] ?? 0)) return false;
  return true;
}
