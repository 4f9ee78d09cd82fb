import type { WarningSign } from "./check-in-basics";

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
