"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/account/settings/use-kept-form";
import { useMessage } from "@/components/ui/use-message";
import type { PlanSettings } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import type { FormAction } from "@/lib/http/action-result";
import { textLink } from "@/components/ui/styles";

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
  const message = useMessage();
  // Kept: a refused change leaves what the physio typed in place (a saved one remounts with the new values).
  const { state, action, onSubmit, pending } = useKeptForm(save);
  const failed = state && !state.ok ? state : undefined;
  const invalid = (field: string) => failed?.fields?.some((f) => f === field || f === `settings.${field}`) || undefined;
  const isBone = tissue === "bone";

  const number = (name: string, label: string, value: number, min: number, max: number) => (
    <div>
      <label htmlFor={`s-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`s-${name}`}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        defaultValue={value}
        required
        aria-invalid={invalid(name)}
        aria-describedby={invalid(name) ? "s-error" : undefined}
        className={`${inputClass} ${invalid(name) ? "border-red-700" : "border-slate-400"}`}
      />
    </div>
  );

  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" key={JSON.stringify(settings)}>
      <input type="hidden" name="planId" value={planId} />
      <FormMessage id="s-error" message={failed ? message(failed.error, failed.params) : undefined} />
      {state?.ok ? <FormMessage tone="success" message={t("saved")} /> : null}

      <div>
        <label htmlFor="s-tolerance" className="block text-sm font-semibold">
          {t("tolerance")}
        </label>
        <p id="s-tolerance-hint" className="text-sm text-muted">
          {isBone ? t("toleranceBone") : t("toleranceHint")}
        </p>
        {isBone ? (
          <input
            id="s-tolerance"
            type="number"
            value={0}
            disabled
            aria-describedby="s-tolerance-hint"
            className={`${inputClass} border-slate-300 bg-slate-100`}
          />
        ) : (
          <select
            id="s-tolerance"
            name="tolerance"
            defaultValue={settings.tolerance}
            aria-describedby={invalid("tolerance") ? "s-tolerance-hint s-error" : "s-tolerance-hint"}
            aria-invalid={invalid("tolerance")}
            className={`${inputClass} border-slate-400`}
          >
            {[0, 1, 2, 3, 4, 5].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        )}
      </div>

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
          <div>
            <label htmlFor="s-tendonBaseline" className="block text-sm font-semibold">
              {t("tendonBaseline")}
            </label>
            <p id="s-tendonBaseline-hint" className="text-sm text-muted">
              {t("tendonBaselineHint")}
            </p>
            <select
              id="s-tendonBaseline"
              name="tendonBaseline"
              defaultValue={settings.tendonBaseline}
              aria-describedby={invalid("tendonBaseline") ? "s-tendonBaseline-hint s-error" : "s-tendonBaseline-hint"}
              aria-invalid={invalid("tendonBaseline")}
              className={`${inputClass} ${invalid("tendonBaseline") ? "border-red-700" : "border-slate-400"}`}
            >
              {[0, 1, 2, 3].map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}

      <div>
        <label htmlFor="s-maxLevelsPerWeek" className="block text-sm font-semibold">
          {t("maxLevels")}
        </label>
        <select
          id="s-maxLevelsPerWeek"
          name="maxLevelsPerWeek"
          defaultValue={settings.maxLevelsPerWeek}
          className={`${inputClass} border-slate-400`}
        >
          {[1, 2, 3].map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="s-note" className="block text-sm font-semibold">
          {t("note")}
        </label>
        <p id="s-note-hint" className="text-sm text-muted">
          {t("noteHint")}
        </p>
        <textarea
          id="s-note"
          name="note"
          maxLength={1000}
          rows={2}
          aria-describedby="s-note-hint"
          className="mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2"
        />
      </div>
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
