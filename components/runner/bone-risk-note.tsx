import { boneRisk, type Intake } from "@/lib/engine";
import type { MessageKey, Translate } from "@/lib/i18n/app-config";

type Props = { intake: Intake; t: Translate; textKey: MessageKey };

// A bone stress injury at a high-risk site (Warden et al.): every step to the next phase waits for a
// physio's approval. Shown where the runner and the physio look at the plan; nothing for other sites.
export function BoneRiskNote({ intake, t, textKey }: Props) {
  if (boneRisk(intake) !== "high" || !intake.boneSite) return null;
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950">
      {t(textKey, { site: t(`onboarding.injury.boneSites.${intake.boneSite}.label`) })}
    </p>
  );
}
