import { useTranslations } from "next-intl";
import { ChoiceCards } from "./choice-cards";
import { one, type StepProps } from "./step-fields";

export function InjuryStep({ values, message, sites, tissues }: StepProps & { sites: readonly string[]; tissues: readonly string[] }) {
  const t = useTranslations("onboarding.injury");
  return (
    <div className="space-y-6">
      <ChoiceCards
        name="site"
        legend={t("siteLegend")}
        columns={2}
        selected={[one(values.site)]}
        error={message("site")}
        choices={sites.map((site) => ({ value: site, label: t(`sites.${site}`) }))}
      />
      <ChoiceCards
        name="tissue"
        legend={t("tissueLegend")}
        hint={t("tissueHint")}
        selected={[one(values.tissue)]}
        error={message("tissue")}
        choices={tissues.map((tissue) => ({ value: tissue, label: t(`tissues.${tissue}.label`), help: t(`tissues.${tissue}.help`) }))}
      />
    </div>
  );
}
