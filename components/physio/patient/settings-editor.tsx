"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { PlanSettings } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import type { FormAction } from "@/lib/http/action-result";
import { LabelledControl } from "@/components/ui/labelled-control";
import { numberOptions, SelectField } from "@/components/ui/select-field";
import { smallLabel, textArea, textLink } from "@/components/ui/styles";

const inputClass = "mt-1 block min-h-11 w-24 rounded-lg border bg-white px-3 text-base";

// The plan's thresholds; only what differs from the settings in force is sent as a change.
export function SettingsEditor({
  planId,
  settings,
  tissue,
  save,
}: {
  planId: string;
  settings: PlanSettings;
  tissue: string;
  save: FormAction;
}) {
  const t = useTranslations("patient.settings");
  // Kept: a refused change leaves what the physio typed in place (a saved one remounts with the new values).
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(save);
  const isBone = tissue === "bone";

  // Every threshold field: its id, the form's error read with it when it is at fault, and a red border then.
  const frame = (name: string) => ({
    id: `s-${name}`,
    errorId: "s-error",
    invalid: invalid(name),
    labelClassName: smallLabel,
  });
  const box = (name: string) => `${inputClass} ${invalid(name) ? "border-red-700" : "border-slate-400"}`;

  const number = (name: string, label: string, value: number, min: number, max: number) => (
    <LabelledControl {...frame(name)} label={label}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          defaultValue={value}
          required
          className={box(name)}
        />
      )}
    </LabelledControl>
  );

  const select = (
    name: "tolerance" | "tendonBaseline" | "maxLevelsPerWeek",
    label: string,
    values: number[],
    hint?: string,
  ) => (
    <SelectField
      {...frame(name)}
      label={label}
      hint={hint}
      name={name}
      defaultValue={settings[name]}
      selectClassName={box(name)}
      options={numberOptions(values)}
    />
  );

  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" key={JSON.stringify(settings)}>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id="s-error" message={error} />
      {succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}

      {isBone ? (
        <LabelledControl id="s-tolerance" label={t("tolerance")} hint={t("toleranceBone")} labelClassName={smallLabel}>
          {(control) => (
            <input
              {...control}
              type="number"
              value={0}
              disabled
              className={`${inputClass} border-slate-300 bg-slate-100`}
            />
          )}
        </LabelledControl>
      ) : (
        select("tolerance", t("tolerance"), [0, 1, 2, 3, 4, 5], t("toleranceHint"))
      )}

      <fieldset>
        <legend className="font-semibold">{t("painFreeDays")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {([2, 3, 4] as const).map((p) =>
            number(`painFreeDays.toPhase${p}`, t("toPhase", { phase: p }), settings.painFreeDays[`toPhase${p}`], 1, 90),
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend className="font-semibold">{t("minPhaseDays")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {([1, 2, 3] as const).map((p) =>
            number(`minPhaseDays.phase${p}`, t("inPhase", { phase: p }), settings.minPhaseDays[`phase${p}`], 1, 90),
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend className="font-semibold">{t("approval")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {([2, 3, 4] as const).map((p) => (
            <label key={p} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name={`approvalRequired.toPhase${p}`}
                defaultChecked={settings.approvalRequired[`toPhase${p}`]}
                className="size-5"
              />
              <span>{t("toPhase", { phase: p })}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {tissue === "tendon" ? (
        <>
          <label className="flex min-h-11 items-start gap-2">
            <input type="hidden" name="tendonShown" value="1" />
            <input
              type="checkbox"
              name="tendonPainModel"
              defaultChecked={settings.tendonPainModel}
              className="mt-1 size-5"
            />
            <span>
              <span className="font-semibold">{t("tendonModel")}</span>
              <span className="block text-sm text-muted">{t("tendonModelHint")}</span>
            </span>
          </label>
          {select("tendonBaseline", t("tendonBaseline"), [0, 1, 2, 3], t("tendonBaselineHint"))}
        </>
      ) : null}

      {select("maxLevelsPerWeek", t("maxLevels"), [1, 2, 3])}

      <LabelledControl id="s-note" label={t("note")} hint={t("noteHint")} labelClassName={smallLabel}>
        {(control) => <textarea {...control} name="note" maxLength={1000} rows={2} className={textArea} />}
      </LabelledControl>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
        <Link href="/physio/rules" className={textLink}>
          {t("rulesLink")}
        </Link>
      </div>
    </form>
  );
}
