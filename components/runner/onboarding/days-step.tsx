import { useTranslations } from "next-intl";
import { ChoiceCards } from "./choice-cards";
import type { StepProps } from "./step-fields";

const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;

// A first guess that matches the runs a week the runner gave, spread out with rest days between.
const suggestions: Record<number, string[]> = {
  1: ["6"],
  2: ["3", "6"],
  3: ["2", "4", "6"],
  4: ["1", "3", "5", "7"],
  5: ["1", "2", "4", "6", "7"],
  6: ["1", "2", "3", "5", "6", "7"],
};

export function suggestDays(runsPerWeek: number): string[] {
  return runsPerWeek >= 7 ? [...weekdays] : (suggestions[runsPerWeek] ?? []);
}

export function DaysStep({ values, message, suggested, forPhysio }: StepProps & { suggested: boolean }) {
  const t = useTranslations("onboarding.days");
  const p = useTranslations("invite.intakeVoice");
  const selected = Array.isArray(values.trainingDays) ? values.trainingDays : [];
  return (
    <div>
      <input type="hidden" name="trainingDaysShown" value="1" />
      <ChoiceCards
        name="trainingDays"
        type="checkbox"
        legend={t("legend")}
        hint={
          forPhysio
            ? p("daysHint")
            : suggested
              ? `${t("hint")} ${t("suggested", { count: selected.length })}`
              : t("hint")
        }
        selected={selected}
        error={message("trainingDays")}
        columns={2}
        choices={weekdays.map((day) => ({ value: day, label: t(`weekdays.${day}`) }))}
      />
    </div>
  );
}
