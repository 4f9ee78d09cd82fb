import type { BoneSite, Intake } from "./intake";

export type BoneRisk = "high" | "low";

// Bone stress injury risk by site, Warden et al. 2014 (JOSPT 44(10)): the navicular, femoral neck,
// anterior tibial cortex, base of the 5th metatarsal and the sesamoids heal poorly and may fracture.
const HIGH_RISK_SITES: ReadonlySet<BoneSite> = new Set([
  "navicular",
  "femoral_neck",
  "anterior_tibia",
  "fifth_metatarsal",
  "sesamoid",
]);

/** The risk grade of a bone stress injury from its site; null when the injury is not a bone. */
export function boneRisk(intake: Pick<Intake, "tissue" | "boneSite">): BoneRisk | null {
  if (intake.tissue !== "bone") return null;
  return intake.boneSite !== undefined && HIGH_RISK_SITES.has(intake.boneSite) ? "high" : "low";
}
