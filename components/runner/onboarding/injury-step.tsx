import { useTranslations } from "next-intl";
import { ChoiceCards } from "./choice-cards";
import { one, type StepProps } from "./step-fields";
import type { BoneSite, InjurySite, Tissue } from "@/lib/engine";

const REST_PAIN = ["0", "1", "2", "3"] as const;
const SIDES = ["left", "right", "both", "not_applicable"] as const;

type Props = StepProps & { sites: readonly InjurySite[]; tissues: readonly Tissue[]; boneSites: readonly BoneSite[] };

export function InjuryStep({ values, message, sites, tissues, boneSites, forPhysio }: Props) {
  const t = useTranslations("onboarding.injury");
  // The physio's words: clinical names, no "you" (the runner's texts explain to a layperson).
  const p = useTranslations("invite.intakeVoice");
  const c = useTranslations("control.intake");
  return (
    <div className="group/injury space-y-6">
      <ChoiceCards
        name="site"
        legend={forPhysio ? p("siteLegend") : t("siteLegend")}
        columns={2}
        selected={[one(values.site)]}
        error={message("site")}
        choices={sites.map((site) => ({ value: site, label: t(`sites.${site}`) }))}
      />
      <ChoiceCards
        name="side"
        legend={forPhysio ? p("sideLegend") : t("sideLegend")}
        hint={forPhysio ? undefined : t("sideHint")}
        columns={2}
        selected={[one(values.side)]}
        error={message("side")}
        choices={SIDES.map((side) => ({ value: side, label: forPhysio ? c(`sides.${side}`) : t(`sides.${side}`) }))}
      />
      <ChoiceCards
        name="tissue"
        legend={forPhysio ? p("tissueLegend") : t("tissueLegend")}
        hint={forPhysio ? p("tissueHint") : t("tissueHint")}
        selected={[one(values.tissue)]}
        error={message("tissue")}
        choices={tissues.map((tissue) =>
          forPhysio
            ? { value: tissue, label: c(`tissues.${tissue}`) }
            : { value: tissue, label: t(`tissues.${tissue}.label`), help: t(`tissues.${tissue}.help`) },
        )}
      />
      {/* Shown by CSS as soon as "bone" is ticked, so it works without JavaScript as well. */}
      <div className="hidden group-has-[#tissue-bone:checked]/injury:block">
        <ChoiceCards
          name="boneSite"
          legend={forPhysio ? p("boneSiteLegend") : t("boneSiteLegend")}
          hint={forPhysio ? p("boneSiteHint") : t("boneSiteHint")}
          selected={[one(values.boneSite)]}
          error={message("boneSite")}
          choices={boneSites.map((site) =>
            forPhysio
              ? { value: site, label: c(`boneSites.${site}`) }
              : { value: site, label: t(`boneSites.${site}.label`), help: t(`boneSites.${site}.help`) },
          )}
        />
      </div>
      {/* A tendon's own baseline for the pain-monitoring model: shown as soon as "tendon" is ticked. */}
      <div className="hidden group-has-[#tissue-tendon:checked]/injury:block">
        <ChoiceCards
          name="restPainBaseline"
          legend={forPhysio ? p("restPainLegend") : t("restPainLegend")}
          hint={forPhysio ? p("restPainHint") : t("restPainHint")}
          columns={2}
          selected={[one(values.restPainBaseline)]}
          error={message("restPainBaseline")}
          choices={REST_PAIN.map((pain) => ({
            value: pain,
            label: t(`restPain.${pain}.label`),
            ...(forPhysio ? {} : { help: t(`restPain.${pain}.help`) }),
          }))}
        />
      </div>
    </div>
  );
}
