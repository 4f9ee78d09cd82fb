"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/account/settings/use-kept-form";
import { useMessage } from "@/components/ui/use-message";
import type { PlanSettings } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import type { FormAction } from "@/lib/http/action-result";
import { LabelledControl } from "@/components/ui/labelled-control";
import { smallLabel, textArea, textLink } from "@/components/ui/styles";

const inputClass = "mt-1 block min-h-11 w-24 rounded-lg border bg-white px-3 text-base";

function numberOptions(values: number[]) {
  return values.map((v) => (
    <option key={v} value={v}>
      {v}
    </option>
  ));
}

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
  const message = useMessage();
  // Kept: a refused change leaves what the physio typed in place (a saved one remounts with the new values).
  const { state, action, onSubmit, pending } = useKeptForm(save);
  const failed = state && !state.ok ? state : undefined;
  const invalid = (field: string) => failed?.fields?.some((f) => f === field || f === `settings.${field}`) || undefined;
  const isBone = tissue === "bone";

  const number = (name: string, label: string, value: number, min: number, max: number) => (
    <LabelledControl
      id={`s-${name}`}
      label={label}
      errorId="s-error"
      invalid={invalid(name)}
      labelClassName={smallLabel}
    >
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
          className={`${inputClass} ${invalid(name) ? "border-red-700" : "border-slate-400"}`}
        />
      )}
    </LabelledControl>
  );

  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" key={JSON.stringify(settings)}>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id="s-error" message={failed ? message(failed.error, failed.params) : undefined} />
      {state?.ok ? <FormMessage tone="success" message={t("saved")} /> : null}

      <LabelledControl
        id="s-tolerance"
        label={t("tolerance")}
        hint={isBone ? t("toleranceBone") : t("toleranceHint")}
        errorId="s-error"
        invalid={!isBone && invalid("tolerance")}
        labelClassName={smallLabel}
      >
        {(control) =>
          isBone ? (
            <input
              {...control}
              type="number"
              value={0}
              disabled
              className={`${inputClass} border-slate-300 bg-slate-100`}
            />
          ) : (
            <select
              {...control}
              name="tolerance"
              defaultValue={settings.tolerance}
              className={`${inputClass} border-slate-400`}
            >
              {numberOptions([0, 1, 2, 3, 4, 5])}
            </select>
          )
        }
      </LabelledControl>

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
          <LabelledControl
            id="s-tendonBaseline"
            label={t("tendonBaseline")}
            hint={t("tendonBaselineHint")}
            errorId="s-error"
            invalid={invalid("tendonBaseline")}
            labelClassName={smallLabel}
          >
            {(control) => (
              <select
                {...control}
                name="tendonBaseline"
                defaultValue={settings.tendonBaseline}
                className={`${inputClass} ${invalid("tendonBaseline") ? "border-red-700" : "border-slate-400"}`}
              >
                {numberOptions([0, 1, 2, 3])}
              </select>
            )}
          </LabelledControl>
        </>
      ) : null}

      <LabelledControl id="s-maxLevelsPerWeek" label={t("maxLevels")} labelClassName={smallLabel}>
        {(control) => (
          <select
            {...control}
            name="maxLevelsPerWeek"
            defaultValue={settings.maxLevelsPerWeek}
            className={`${inputClass} border-slate-400`}
          >
            {numberOptions([1, 2, 3])}
          </select>
        )}
      </LabelledControl>

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
