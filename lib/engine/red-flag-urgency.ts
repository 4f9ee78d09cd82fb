import type { WarningSign } from "./check-in-basics";
import { toDay } from "./calendar";

/** How soon the physio should see the patient after a red flag, most urgent first. */
export const redFlagUrgencies = ["same_day", "within_days", "next_visit"] as const;
export type RedFlagUrgency = (typeof redFlagUrgencies)[number];

// Red-flag triage (DOMAIN §5, revised 2026-12-07). Same day: a suspected DVT (NICE NG158, 2020: assess a
// suspected DVT and scan within 4 hours), feeling ill or feverish with the pain and new numbness or tingling
// (Finucane et al. 2020, JOSPT 50(7):350-372: suspected infection or a new neurological deficit is referred
// urgently), a sudden sharp pain or "pop" (a possible rupture: AAOS 2009 Achilles rupture guideline, early
// diagnosis and treatment). Within days: a tender spot on a bone and night pain (suspected bone stress injury,
// Warden et al. 2014: imaging and offloading, not an emergency). Next visit: persistent swelling and limping
// (the plan is paused already; the physio looks at it at the next contact).
export const redFlagUrgency: Record<WarningSign, RedFlagUrgency> = {
  hotSwollenCalf: "same_day",
  feelingIll: "same_day",
  suddenSharpPain: "same_day",
  numbness: "same_day",
  boneTenderness: "within_days",
  nightPain: "within_days",
  swelling: "next_visit",
  limping: "next_visit",
};

const RED_FLAG_PREFIX = "reason.redFlag.";

/** The warning sign of a red-flag reason key ("reason.redFlag.nightPain" → "nightPain"), or null. */
export function warningSignOf(key: string): WarningSign | null {
  if (!key.startsWith(RED_FLAG_PREFIX)) return null;
  const sign = key.slice(RED_FLAG_PREFIX.length);
  return sign in redFlagUrgency ? (sign as WarningSign) : null;
}

/**
 * The most urgent of a pause's red flags (reason keys), with the flags of that urgency first. A pause whose
 * flags are unknown (a snapshot written before flags were kept) counts as same day: when in doubt, soonest.
 */
export function triageRedFlags(keys: readonly string[]): { urgency: RedFlagUrgency; signs: WarningSign[] } {
  const signs = keys.map(warningSignOf).filter((s): s is WarningSign => s !== null);
  if (signs.length === 0) return { urgency: "same_day", signs: [] };
  const rank = (s: WarningSign) => redFlagUrgencies.indexOf(redFlagUrgency[s]);
  const sorted = [...new Set(signs)].sort((a, b) => rank(a) - rank(b));
  return { urgency: redFlagUrgency[sorted[0]!], signs: sorted };
}

/**
 * How long each urgency's "see the patient" window lasts, in days after the day of the pause (day 0).
 * Same day: that day only (NICE NG158, 2020: a suspected DVT is assessed and scanned within hours).
 * Within days: three days (Warden et al. 2014: a suspected bone stress injury needs imaging and offloading
 * soon, not as an emergency). Next visit: no window; it waits for the next contact anyway.
 */
export const redFlagWindowDays: Record<RedFlagUrgency, number | null> = {
  same_day: 0,
  within_days: 3,
  next_visit: null,
};

/** Where a paused plan's red flag sorts for the physio, first first. */
export const redFlagPriorities = ["same_day", "within_days", "overdue", "next_visit"] as const;
export type RedFlagPriority = (typeof redFlagPriorities)[number];

/**
 * A red flag's place in the physio's list on `today`. Within its window it keeps its urgency. Past it the
 * flag is "overdue": the runner was told at the time to see a physio or doctor (the pause screen says so)
 * and the plan stays paused, so what is left is the physio's clearance. An overdue flag stays above every
 * other alert and above a next-visit flag (it is still not cleared), but no longer above a fresh same-day or
 * within-days flag, which still has a window to meet. An unknown pause day (an old snapshot) counts as
 * today: when in doubt, the soonest.
 */
export function redFlagPriority(urgency: RedFlagUrgency, pausedOn: string | null, today: string): RedFlagPriority {
  const window = redFlagWindowDays[urgency];
  if (window === null || pausedOn === null) return urgency;
  return toDay(today) - toDay(pausedOn) > window ? "overdue" : urgency;
}
