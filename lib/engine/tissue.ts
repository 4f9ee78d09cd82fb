import { toDay, type Day } from "./calendar";
import type { BoneSite, Intake } from "./intake";

export type BoneRisk = "high" | "low";

// Bone stress injury risk grade by site, Warden, Davis & Fredericson 2014 (J Orthop Sports Phys Ther
// 44(10):749–765): high-risk sites sit on the tension side of a bone or where blood supply is poor,
// heal slowly and may go on to a complete fracture or non-union: the femoral neck (tension side),
// anterior tibial cortex, medial malleolus, talus, navicular, proximal 5th metatarsal, base of the
// 2nd metatarsal, the great-toe sesamoids and the patella. Other sites are low risk.
const HIGH_RISK_SITES: ReadonlySet<BoneSite> = new Set([
  "femoral_neck",
  "anterior_tibia",
  "medial_malleolus",
  "talus",
  "navicular",
  "fifth_metatarsal",
  "second_metatarsal_base",
  "sesamoid",
  "patella",
]);

// "other" is the runner's "not sure, or somewhere else": like no site at all it counts as high risk
// until a physio names the site (DOMAIN §3): when in doubt, hold.
const UNKNOWN_SITES: ReadonlySet<BoneSite | undefined> = new Set([undefined, "other"]);

/** The risk grade of a bone stress injury from its site; null when the injury is not a bone. */
export function boneRisk(intake: Pick<Intake, "tissue" | "boneSite">): BoneRisk | null {
  if (intake.tissue !== "bone") return null;
  if (UNKNOWN_SITES.has(intake.boneSite)) return "high";
  return intake.boneSite !== undefined && HIGH_RISK_SITES.has(intake.boneSite) ? "high" : "low";
}

/** Whether the bone site is still unknown (graded high risk until a physio names it). */
export function isBoneSiteUnknown(intake: Pick<Intake, "tissue" | "boneSite">): boolean {
  return intake.tissue === "bone" && UNKNOWN_SITES.has(intake.boneSite);
}

/**
 * The day a bone's time off loading counts from (Warden et al. 2014: rest from the injury, not from
 * the app): the diagnosis date when a physio entered one, else the last run; null for other tissues.
 */
export function boneRestFrom(intake: Pick<Intake, "tissue" | "lastRunOn" | "diagnosedOn">): Day | null {
  if (intake.tissue !== "bone") return null;
  return toDay(intake.diagnosedOn ?? intake.lastRunOn);
}
