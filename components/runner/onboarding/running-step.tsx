import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { one, type StepProps } from "./step-fields";

const fields = ["runsPerWeek", "weeklyMinutes", "longestRunMinutes"] as const;

export type Limits = Record<(typeof fields)[number], { min: number; max: number }>;

export function RunningStep({ values, message, limits, forPhysio }: StepProps & { limits: Limits }) {
  const t = useTranslations("onboarding.running");
  const p = useTranslations("invite.intakeVoice");
  return (
    <div className="space-y-4">
      <p className="text-muted">{forPhysio ? p("runningLead") : t("lead")}</p>
      {fields.map((name) => (
        <Field
          key={name}
          label={t(`${name}.label`)}
          hint={forPhysio && name === "longestRunMinutes" ? p("longestRunHint") : t(`${name}.hint`)}
          name={name}
          type="number"
          inputMode="numeric"
          required
          step={1}
          min={limits[name].min}
          max={limits[name].max}
          defaultValue={one(values[name])}
          error={message(name)}
          className="max-w-xs"
        />
      ))}
    </div>
  );
}
